package org.factdesk.article.detection.training;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.factdesk.article.detection.ClaimDetector;
import org.factdesk.article.detection.SegmentingClaimDetector;
import org.factdesk.article.detection.SentenceSegmenter;
import org.factdesk.article.detection.trained.TrainedScorer;

import com.sun.management.OperatingSystemMXBean;

/**
 * Timing harness beside {@link DetectorBenchmark}: one thread detects claims in the 5 KB article over and
 * over and reports articles per second by wall clock and by the thread's own CPU time. On a shared machine
 * the CPU-time figure is the one-core throughput; the wall-clock figure also counts time spent waiting for
 * a core; the process CPU time adds the JIT compiler and the garbage collector. The embedding model runs
 * on the calling thread, so both include it. Argument: seconds to measure (default 20) after as long a warm-up.
 */
public final class DetectorTiming {

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long rssBefore = residentKilobytes();
        long loadCpu = os.getProcessCpuTime();
        long loadWall = System.nanoTime();
        TrainedScorer scorer = new TrainedScorer();
        System.out.printf("model load on the starting thread (n-gram model, embedding head and examples): %.0f ms "
                + "wall%n", (System.nanoTime() - loadWall) / 1e6);
        scorer.embedderLoading().join();
        System.out.printf("model load in all (with the embedder's own thread: ONNX Runtime, network, tokenizer): "
                + "%.0f ms wall, %.0f ms process CPU, resident set %+d MB%n", (System.nanoTime() - loadWall) / 1e6,
                (os.getProcessCpuTime() - loadCpu) / 1e6, (residentKilobytes() - rssBefore) / 1024);
        ClaimDetector detector = new SegmentingClaimDetector(new SentenceSegmenter(), scorer);
        String article = DetectorBenchmark.fiveKilobyteArticle();
        run(detector, article, seconds);
        long processStart = os.getProcessCpuTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long articles = run(detector, article, seconds);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double process = (os.getProcessCpuTime() - processStart) / 1e9;
        System.out.printf("%s: %d articles of %d chars (%d sentences) in %.1f s wall, %.1f s CPU%n", LocalDate.now(),
                articles, article.length(), detector.detect(article).size(), wall, cpu);
        System.out.printf("%.1f articles/s per core (thread CPU time), %.1f per core of process CPU time (JIT and GC "
                + "included), %.1f articles/s wall clock%n", articles / cpu, articles / process, articles / wall);
    }

    /** VmRSS of this process (Linux), 0 where /proc is not available. */
    private static long residentKilobytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
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
