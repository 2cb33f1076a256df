package org.factdesk.system.faults;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the soak's traffic got back from the gateway: answers by status, and calls that got no answer at all (the
 * gateway itself was down). A 5xx other than 503 is a failure of the system whatever was down at the time, so they
 * are counted by status and request, each with the body of its first occurrence for the report.
 */
final class SoakTally {

    /** The status of a call that got no HTTP answer (connection refused or reset). */
    static final int NO_ANSWER = 0;

    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> unexpectedServerErrors = new ConcurrentHashMap<>();
    private final Map<String, String> firstBodies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> done = new ConcurrentHashMap<>();

    void answered(String request, int status, String body) {
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        if (status >= 500 && status != 503) {
            String kind = status + " " + request;
            unexpectedServerErrors.computeIfAbsent(kind, k -> new LongAdder()).increment();
            firstBodies.putIfAbsent(kind, body == null ? "" : body.substring(0, Math.min(body.length(), 300)));
        }
    }

    void noAnswer() {
        byStatus.computeIfAbsent(NO_ANSWER, s -> new LongAdder()).increment();
    }

    /** One more unit of work completed (an article created, a verdict published, a stream event received...). */
    void done(String what) {
        done.computeIfAbsent(what, w -> new LongAdder()).increment();
    }

    long count(String what) {
        LongAdder adder = done.get(what);
        return adder == null ? 0 : adder.sum();
    }

    Map<Integer, Long> byStatus() {
        Map<Integer, Long> copy = new TreeMap<>();
        byStatus.forEach((status, count) -> copy.put(status, count.sum()));
        return copy;
    }

    Map<String, Long> done() {
        Map<String, Long> copy = new TreeMap<>();
        done.forEach((what, count) -> copy.put(what, count.sum()));
        return copy;
    }

    /** The 5xx answers other than 503: "status request" → how many times, and the start of the first one's body. */
    Map<String, String> unexpectedServerErrors() {
        Map<String, String> summary = new TreeMap<>();
        unexpectedServerErrors.forEach((kind, count) -> summary.put(kind, count.sum() + "×, first: " + firstBodies.get(kind)));
        return summary;
    }
}
