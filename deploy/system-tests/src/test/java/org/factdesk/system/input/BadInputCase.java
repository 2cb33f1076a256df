package org.factdesk.system.input;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One row of the bad-input table: a request, the statuses it may get, and what must hold afterwards (for refusals:
 * nothing stored; for odd-but-valid text: stored and returned unchanged).
 */
record BadInputCase(String name, Supplier<Answer> request, Set<Integer> expected, Consumer<Answer> afterwards) {

    static BadInputCase refused(String name, int status, Supplier<Answer> request, Runnable nothingStored) {
        return new BadInputCase(name, request, Set.of(status), response -> nothingStored.run());
    }

    static BadInputCase refused(String name, Set<Integer> statuses, Supplier<Answer> request, Runnable nothingStored) {
        return new BadInputCase(name, request, statuses, response -> nothingStored.run());
    }

    static BadInputCase accepted(String name, int status, Supplier<Answer> request, Consumer<Answer> storedUnchanged) {
        return new BadInputCase(name, request, Set.of(status), storedUnchanged);
    }

    boolean isRefusal() {
        return expected.stream().allMatch(status -> status >= 400);
    }

    @Override
    public String toString() {
        return name;
    }
}
