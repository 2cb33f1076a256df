package org.factdesk.article.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.factdesk.article.detection.DetectedSentence;
import org.factdesk.article.detection.SegmentingClaimDetector;
import org.factdesk.article.detection.SentenceSegmenter;
import org.factdesk.article.detection.trained.TrainedScorer;
import org.factdesk.article.support.AdversarialBodies;
import org.factdesk.article.support.AdversarialBodies.Body;
import org.factdesk.article.support.ArticleSettings;
import org.factdesk.article.support.DetectionSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What a body costs the service, by CPU time of the calling thread: conversion and segmentation stay within 200 ms
 * for every adversarial body at the 200 KB limit, and the whole analysis (conversion, segmentation, detection, as the
 * service runs it) grows linearly: at 200 KB it costs at most 25 times what 20 KB costs. The bytes grow 10.24 times, so a
 * quadratic step would cost about 100 times; the margin above 10 absorbs cache effects and n log n parsers (CommonMark's
 * link brackets measured 19 times once on a busy machine) without letting a quadratic one through.
 * Each figure is the least of several runs after a warm-up, so a pause of the shared machine cannot fail the test.
 */
class TextCostTest {

    private static final int SMALL = 20 * 1024;
    private static final int LARGE = AdversarialBodies.LIMIT;
    private static final long CONVERSION_AND_SEGMENTATION_LIMIT_NANOS = 200_000_000L;
    private static final double MAX_GROWTH = 25.0;
    /**
     * Costs under 3 ms at 20 KB are compared as 3 ms: a 20 KB body is worked on inside the CPU's caches and a 200 KB
     * one is not, which alone adds a third per byte to the cheapest bodies; a quadratic step would still cost many times
     * the resulting 36 ms.
     */
    private static final long FLOOR_NANOS = 3_000_000L;

    /** Measurement rounds per body at most; the first one within bounds counts. */
    private static final int ROUNDS = 5;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final DetectionSettings DETECTION = DetectionSettings.defaults();

    private static BodyTextConverter converter;
    private static SentenceSegmenter segmenter;
    private static BodyAnalyzer analyzer;

    @BeforeAll
    static void buildTheAnalysisAsTheServiceDoes() {
        converter = new BodyTextConverter();
        segmenter = new SentenceSegmenter();
        ClaimSuggester suggester = new ClaimSuggester(new SegmentingClaimDetector(segmenter, new TrainedScorer()),
                new BoilerplateLocator(), DETECTION);
        analyzer = new BodyAnalyzer(converter, suggester, ArticleSettings.defaults());
        for (Body body : AdversarialBodies.all()) {
            String input = body.ofSize(SMALL);
            for (int run = 0; run < 3; run++) {
                analyze(body, input);
            }
        }
    }

    @Test
    void everyAdversarialBodyIsConvertedAndSegmentedWithin200MsAndCostsLinearlyInItsSize() {
        List<Executable> checks = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-58s %12s %12s %12s %8s%n",
                "body", "conv+seg", "all 20 KB", "all 200 KB", "growth"));
        for (Body body : AdversarialBodies.all()) {
            Cost cost = Cost.of(body);
            // A busy machine (the JIT waiting for a core) can inflate one round; a quadratic algorithm fails every round.
            for (int round = 1; round < ROUNDS && !cost.withinBounds(); round++) {
                cost = Cost.of(body);
            }
            Cost measured = cost;
            table.append(String.format("%-58s %9.1f ms %9.1f ms %9.1f ms %7.1fx%n", body, measured.conversion() / 1e6,
                    measured.small() / 1e6, measured.large() / 1e6, measured.growth()));
            checks.add(() -> assertTrue(measured.conversion() <= CONVERSION_AND_SEGMENTATION_LIMIT_NANOS,
                    body + ": conversion and segmentation of 200 KB took " + measured.conversion() / 1_000_000 + " ms of CPU"));
            checks.add(() -> assertTrue(measured.growth() <= MAX_GROWTH, body + ": 200 KB cost " + measured.large() / 1_000_000
                    + " ms, 20 KB " + measured.small() / 1_000_000 + " ms: growth " + measured.growth() + " is not linear"));
            String large = body.ofSize(LARGE);
            checks.add(() -> {
                BodyAnalysis analysis = analyze(body, large);
                assertTrue(analysis.suggestions().size() <= DETECTION.maxSuggestions(), body + ": suggestions are capped");
                for (DetectedSentence sentence : analysis.suggestions()) {
                    assertEquals(sentence.text(), analysis.body().substring(sentence.start(), sentence.end()), body.toString());
                }
            });
        }
        System.out.println(table);
        assertAll(checks);
    }

    /** CPU nanoseconds: conversion and segmentation at 200 KB, the whole analysis at 20 KB and at 200 KB. */
    private record Cost(long conversion, long small, long large) {

        static Cost of(Body body) {
            String small = body.ofSize(SMALL);
            String large = body.ofSize(LARGE);
            return new Cost(leastCpu(3, () -> segmenter.split(converter.toText(large, body.format()))),
                    leastCpu(5, () -> analyze(body, small)),
                    leastCpu(3, () -> analyze(body, large)));
        }

        double growth() {
            return (double) large / Math.max(small, FLOOR_NANOS);
        }

        boolean withinBounds() {
            return conversion <= CONVERSION_AND_SEGMENTATION_LIMIT_NANOS && growth() <= MAX_GROWTH;
        }
    }

    private static BodyAnalysis analyze(Body body, String input) {
        return analyzer.convertAndDetect(input, body.format());
    }

    /** The least CPU time of the current thread over {@code runs} runs of {@code work}. */
    private static long leastCpu(int runs, Supplier<?> work) {
        long least = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long started = CPU.getCurrentThreadCpuTime();
            work.get();
            least = Math.min(least, CPU.getCurrentThreadCpuTime() - started);
        }
        return least;
    }
}
