package org.factdesk.article.detection.training;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.factdesk.article.detection.ClaimDetector;
import org.factdesk.article.detection.DetectedSentence;
import org.factdesk.article.detection.SegmentingClaimDetector;
import org.factdesk.article.detection.SentenceSegmenter;
import org.factdesk.article.detection.SharedData;
import org.factdesk.article.detection.trained.TrainedScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second on one core for segmentation + trained scoring (with explanations) of a 5 KB article:
 * the sample articles are concatenated and cut at the last line break before 5,120 characters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = { "-XX:ActiveProcessorCount=1", "-Xmx1g" })
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class DetectorBenchmark {

    static final int ARTICLE_CHARS = 5 * 1024;

    private ClaimDetector detector;
    private String article;

    @Setup
    public void setUp() {
        detector = new SegmentingClaimDetector(new SentenceSegmenter(), new TrainedScorer());
        article = fiveKilobyteArticle();
    }

    @Benchmark
    public List<DetectedSentence> detectClaimsIn5KbArticle() {
        return detector.detect(article);
    }

    static String fiveKilobyteArticle() {
        String all = String.join("\n\n", SharedData.articles());
        int cut = all.lastIndexOf('\n', ARTICLE_CHARS);
        return all.substring(0, cut > 0 ? cut : ARTICLE_CHARS);
    }
}
