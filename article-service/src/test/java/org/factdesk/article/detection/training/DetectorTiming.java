package org.factdesk.article.detection.training;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;

import org.factdesk.article.detection.ClaimDetector;
import org.factdesk.article.detection.SegmentingClaimDetector;
import org.factdesk.article.detection.SentenceSegmenter;
import org.factdesk.article.detection.trained.TrainedScorer;

/**
 * Timing harness beside {@link DetectorBenchmark}: one thread detects claims in the 5 KB article over and
 * over and reports articles per second by wall clock and by the thread's own CPU time. On a shared machine
 * the CPU-time figure is the one-core throughput; the wall-clock figure also counts time spent waiting for
 * a core. Argument: seconds to measure (default 20) after as long a warm-up.
 */
public final class DetectorTiming {

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ClaimDetector detector = new SegmentingClaimDetector(new SentenceSegmenter(), new TrainedScorer());
        String article = DetectorBenchmark.fiveKilobyteArticle();
        run(detector, article, seconds);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long articles = run(detector, article, seconds);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        System.out.printf("%s: %d articles of %d chars (%d sentences) in %.1f s wall, %.1f s CPU%n", LocalDate.now(),
                articles, article.length(), detector.detect(article).size(), wall, cpu);
        System.out.printf("%.0f articles/s per core (CPU time), %.0f articles/s wall clock%n", articles / cpu,
                articles / wall);
    }

    private static long run(ClaimDetector detector, String article, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        int sink = 0;
        while (System.nanoTime() < end) {
            sink += detector.detect(article).size();
            count++;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return count;
    }
}
