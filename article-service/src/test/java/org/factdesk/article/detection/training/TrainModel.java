package org.factdesk.article.detection.training;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

import org.factdesk.article.detection.ClaimSignals;
import org.factdesk.article.detection.SharedData;
import org.factdesk.article.detection.trained.EmbeddingModel;
import org.factdesk.article.detection.trained.FeatureConfig;
import org.factdesk.article.detection.trained.LinearModel;
import org.factdesk.article.detection.trained.SentenceFeatures;
import org.factdesk.article.detection.trained.TrainedScorer;

/**
 * Trains the committed check-worthiness models, reproducibly (see detection/README.md for the protocol):
 * <ol>
 * <li>Holdout: the latest debates of train (ids from 30000) stand in for newer data; the n-gram model and
 * each candidate embedding head are fitted on everything older (older train + dev).</li>
 * <li>The calibration (prefilter, n-gram/head blend, decision threshold) is fitted on the holdout. Each head
 * candidate is judged by cross-fitting on the holdout's two halves (earlier and later debates): calibrate on
 * one half, measure F1 (Yes) on the other. The best candidate wins; then, the same way, the best prefilter
 * among those that keep the share of embedded sentences within the speed budget.</li>
 * <li>The n-gram model and the chosen head are refitted on all of train + dev, and the calibration fitted on
 * the whole holdout is kept with them.</li>
 * </ol>
 * dev-test is never read. Arguments: the n-gram model file and the embedding model file (default: the
 * module's committed ones).
 */
public final class TrainModel {

    /** Chosen with {@link TuneModel} on dev and on the latest debates (see detection/README.md). */
    public static final TrainingSettings SETTINGS = new TrainingSettings(
            new FeatureConfig(20, 1f, 1f, 1f, 1f, 3, 4), 5, 0.1, 1e-5, 1.0, 1e-4, 7);

    /** Candidate embedding heads: epochs, AdaGrad step, L2. */
    record HeadSettings(int epochs, double learningRate, double l2) {
    }

    static final List<HeadSettings> HEADS = List.of(
            new HeadSettings(5, 0.05, 1e-5), new HeadSettings(15, 0.05, 1e-5),
            new HeadSettings(5, 0.05, 1e-4), new HeadSettings(15, 0.05, 1e-4),
            new HeadSettings(15, 0.05, 1e-6), new HeadSettings(30, 0.1, 1e-5), new HeadSettings(30, 0.2, 1e-6),
            new HeadSettings(60, 0.1, 1e-5), new HeadSettings(60, 0.1, 1e-6), new HeadSettings(100, 0.1, 1e-6));

    /**
     * The prefilter decides which sentences are embedded: those the n-gram model neither rules out nor is
     * already sure of. {@code low}: share of the holdout's claims below the band (scored by the n-gram model
     * alone); {@code high}: share of the holdout's non-claims above it (0: no upper bound).
     */
    record Prefilter(double low, double high) {
    }

    /** Near-lossless and unbounded above, so that the comparison of heads is about the heads. */
    static final Prefilter COMPARISON = new Prefilter(0.01, 0);
    static final List<Prefilter> PREFILTERS = List.of(
            new Prefilter(0.01, 0), new Prefilter(0.05, 0), new Prefilter(0.15, 0), new Prefilter(0.25, 0),
            new Prefilter(0.01, 0.01), new Prefilter(0.01, 0.02), new Prefilter(0.01, 0.05),
            new Prefilter(0.05, 0.01), new Prefilter(0.05, 0.02), new Prefilter(0.05, 0.05),
            new Prefilter(0.15, 0.01), new Prefilter(0.15, 0.02), new Prefilter(0.15, 0.05));
    /**
     * Largest share of the holdout's sentences that may be embedded: embedding costs about 3 ms of CPU per
     * sentence, and the speed goal (10 articles of 52 sentences per second and core) allows about a third of a
     * debate's sentences, as news articles pass the prefilter more often than debate lines.
     */
    static final double EMBEDDED_BUDGET = 0.35;
    static final long SEED = 7;
    /** Labelled sentences kept as explanations, and their length range in characters. */
    static final int EXAMPLE_CLAIMS = 500;
    static final int EXAMPLE_NON_CLAIMS = 300;

    public static void main(String[] args) throws IOException {
        Path ngramOutput = args.length > 0 ? Path.of(args[0]) : committedModelFile();
        Path embeddingOutput = args.length > 1 ? Path.of(args[1])
                : ngramOutput.resolveSibling(Path.of(TrainedScorer.EMBEDDING_RESOURCE).getFileName().toString());
        List<LabelledSentence> train = CheckworthyDataset.read(SharedData.checkworthy(CheckworthyDataset.TRAIN));
        List<LabelledSentence> dev = CheckworthyDataset.read(SharedData.checkworthy(CheckworthyDataset.DEV));
        List<LabelledSentence> older = new ArrayList<>(dev);
        List<LabelledSentence> latest = new ArrayList<>();
        for (LabelledSentence row : train) {
            (Integer.parseInt(row.id()) >= TuneModel.LATEST_DEBATES ? latest : older).add(row);
        }
        latest.sort((a, b) -> Integer.compare(Integer.parseInt(a.id()), Integer.parseInt(b.id())));
        List<LabelledSentence> all = new ArrayList<>(train);
        all.addAll(dev);

        EmbeddingCache cache = new EmbeddingCache(EmbeddingCache.defaultFile());
        System.out.println("embedding train and dev (cached in " + EmbeddingCache.defaultFile() + ")");
        float[][] olderHead = headFeatures(older, cache);
        float[][] latestHead = headFeatures(latest, cache);
        float[][] allHead = headFeatures(all, cache);
        boolean[] olderY = TuneModel.labels(older);
        boolean[] latestY = TuneModel.labels(latest);
        boolean[] allY = TuneModel.labels(all);

        SentenceFeatures features = new SentenceFeatures(SETTINGS.features());
        LogisticRegressionTrainer trainer = new LogisticRegressionTrainer(SETTINGS);
        LinearModel ngramOlder = trainer.train(TuneModel.vectors(features, older), olderY);
        double[] ngramLatest = new double[latest.size()];
        for (int i = 0; i < latest.size(); i++) {
            ngramLatest[i] = ngramOlder.logit(features.extract(latest.get(i).text()).vector());
        }
        int half = latest.size() / 2;
        System.out.printf("holdout: %d older sentences (train ids < %d and dev) fit, %d latest (%d yes) judge%n",
                older.size(), TuneModel.LATEST_DEBATES, latest.size(), count(latestY));

        BinaryMetrics ngramOnly = crossFit(ngramLatest, null, latestY, half, COMPARISON);
        System.out.printf("%-34s cross-fitted F1(Yes)=%.4f P=%.4f R=%.4f%n", "n-gram model alone", ngramOnly.f1(),
                ngramOnly.precision(), ngramOnly.recall());
        HeadSettings chosen = null;
        double bestF1 = -1;
        for (HeadSettings candidate : HEADS) {
            double[] w = DenseLogisticTrainer.sgd(olderHead, olderY, candidate.epochs(), candidate.learningRate(),
                    candidate.l2(), SEED);
            double[] headLatest = logits(w, latestHead);
            BinaryMetrics m = crossFit(ngramLatest, headLatest, latestY, half, COMPARISON);
            System.out.printf("%-34s cross-fitted F1(Yes)=%.4f P=%.4f R=%.4f%n", "n-gram + head " + candidate, m.f1(),
                    m.precision(), m.recall());
            if (m.f1() > bestF1) {
                bestF1 = m.f1();
                chosen = candidate;
            }
        }
        double[] chosenOlder = DenseLogisticTrainer.sgd(olderHead, olderY, chosen.epochs(), chosen.learningRate(),
                chosen.l2(), SEED);
        double[] headLatest = logits(chosenOlder, latestHead);
        Prefilter prefilter = null;
        double bestWithinBudget = -1;
        for (Prefilter candidate : PREFILTERS) {
            BinaryMetrics m = crossFit(ngramLatest, headLatest, latestY, half, candidate);
            double share = embedded(calibrate(ngramLatest, headLatest, latestY, i -> true, candidate), ngramLatest);
            System.out.printf("%-42s %5.1f%% of sentences embedded, cross-fitted F1(Yes)=%.4f P=%.4f R=%.4f%n",
                    candidate, 100 * share, m.f1(), m.precision(), m.recall());
            if (share <= EMBEDDED_BUDGET && m.f1() > bestWithinBudget) {
                bestWithinBudget = m.f1();
                prefilter = candidate;
            }
        }
        EmbeddingModel.Calibration calibration = calibrate(ngramLatest, headLatest, latestY, i -> true, prefilter);
        double[] scores = score(calibration, ngramLatest, headLatest);
        BinaryMetrics fitted = BinaryMetrics.of(scores, latestY, calibration.threshold());
        System.out.printf("chosen %s, %s; calibration on the whole holdout %s: F1(Yes)=%.4f P=%.4f R=%.4f "
                + "(fitted and judged on the same sentences), %.1f%% of holdout sentences embedded%n", chosen, prefilter,
                calibration, fitted.f1(), fitted.precision(), fitted.recall(), 100.0 * embedded(calibration, ngramLatest));

        LinearModel ngram = trainer.train(TuneModel.vectors(features, all), allY);
        double[] head = DenseLogisticTrainer.sgd(allHead, allY, chosen.epochs(), chosen.learningRate(), chosen.l2(),
                SEED);
        float[] headWeights = new float[EmbeddingModel.HEAD_DIMENSION];
        for (int j = 0; j < headWeights.length; j++) {
            headWeights[j] = (float) head[j];
        }
        EmbeddingModel embedding = new EmbeddingModel(headWeights, head[headWeights.length], calibration,
                examples(all, cache));
        write(ngramOutput, ngram::write);
        write(embeddingOutput, embedding::write);
        System.out.printf("trained on train+dev (%d sentences): n-gram model with %d non-zero weights, %s (%d bytes); "
                + "embedding model %s (%d bytes)%n", all.size(), ngram.nonZeroWeights(),
                ngramOutput.toAbsolutePath().normalize(), Files.size(ngramOutput),
                embeddingOutput.toAbsolutePath().normalize(), Files.size(embeddingOutput));
    }

    /** Calibrate on one half of the holdout, judge on the other, both ways; the confusion counts are pooled. */
    static BinaryMetrics crossFit(double[] ngram, double[] head, boolean[] y, int half, Prefilter prefilter) {
        double[] h = head != null ? head : new double[ngram.length];
        BinaryMetrics first = judge(ngram, h, head != null, y, i -> i < half, prefilter);
        BinaryMetrics second = judge(ngram, h, head != null, y, i -> i >= half, prefilter);
        return new BinaryMetrics(first.truePositives() + second.truePositives(),
                first.falsePositives() + second.falsePositives(), first.falseNegatives() + second.falseNegatives(),
                first.trueNegatives() + second.trueNegatives());
    }

    private static BinaryMetrics judge(double[] ngram, double[] head, boolean useHead, boolean[] y, IntPredicate fit,
            Prefilter prefilter) {
        EmbeddingModel.Calibration c = calibrate(ngram, head, y, fit, prefilter);
        if (!useHead) {
            // every sentence scored by the n-gram model's Platt scaling, threshold chosen for that
            EmbeddingModel.Calibration only = new EmbeddingModel.Calibration(0, 0, 0, c.ngramOnly(), c.ngramOnlyBias(),
                    Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0);
            c = new EmbeddingModel.Calibration(0, 0, 0, c.ngramOnly(), c.ngramOnlyBias(), Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY, threshold(only, ngram, head, y, fit));
        }
        double[] scores = score(c, ngram, head);
        List<Integer> judged = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (!fit.test(i)) {
                judged.add(i);
            }
        }
        double[] s = judged.stream().mapToDouble(i -> scores[i]).toArray();
        boolean[] t = new boolean[judged.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = y[judged.get(i)];
        }
        return BinaryMetrics.of(s, t, c.threshold());
    }

    /** Prefilter, blend, n-gram-only Platt scaling and F1-best threshold, fitted on the sentences {@code fit}. */
    static EmbeddingModel.Calibration calibrate(double[] ngram, double[] head, boolean[] y, IntPredicate fit,
            Prefilter prefilter) {
        double low = quantile(ngram, y, fit, true, prefilter.low());
        double high = prefilter.high() == 0 ? Double.POSITIVE_INFINITY
                : quantile(ngram, y, fit, false, 1 - prefilter.high());
        List<double[]> plattX = new ArrayList<>();
        List<Boolean> plattY = new ArrayList<>();
        List<double[]> blendX = new ArrayList<>();
        List<Boolean> blendY = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (fit.test(i)) {
                plattX.add(new double[] { ngram[i] });
                plattY.add(y[i]);
                if (ngram[i] >= low && ngram[i] <= high) {
                    blendX.add(new double[] { ngram[i], head[i] });
                    blendY.add(y[i]);
                }
            }
        }
        double[] platt = DenseLogisticTrainer.newton(plattX.toArray(double[][]::new), unbox(plattY));
        double[] blend = DenseLogisticTrainer.newton(blendX.toArray(double[][]::new), unbox(blendY));
        EmbeddingModel.Calibration c = new EmbeddingModel.Calibration(blend[0], blend[1], blend[2], platt[0], platt[1],
                low, high, 0.5);
        return new EmbeddingModel.Calibration(blend[0], blend[1], blend[2], platt[0], platt[1], low, high,
                threshold(c, ngram, head, y, fit));
    }

    /** The n-gram log-odds at quantile {@code q} among the fitted sentences labelled {@code label}. */
    private static double quantile(double[] ngram, boolean[] y, IntPredicate fit, boolean label, double q) {
        double[] values = new double[y.length];
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (fit.test(i) && y[i] == label) {
                values[n++] = ngram[i];
            }
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return sorted[Math.min(n - 1, (int) Math.floor(q * n))];
    }

    private static double threshold(EmbeddingModel.Calibration c, double[] ngram, double[] head, boolean[] y,
            IntPredicate fit) {
        double[] scores = score(c, ngram, head);
        List<Integer> fitted = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (fit.test(i)) {
                fitted.add(i);
            }
        }
        double[] s = fitted.stream().mapToDouble(i -> scores[i]).toArray();
        boolean[] t = new boolean[fitted.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = y[fitted.get(i)];
        }
        return BinaryMetrics.bestThreshold(s, t);
    }

    /** Calibrated probabilities, as {@link TrainedScorer} computes them. */
    static double[] score(EmbeddingModel.Calibration c, double[] ngram, double[] head) {
        double[] out = new double[ngram.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ngram[i] >= c.prefilter() && ngram[i] <= c.confident()
                    ? DenseLogisticTrainer.sigmoid(c.ngram() * ngram[i] + c.embedding() * head[i] + c.bias())
                    : DenseLogisticTrainer.sigmoid(c.ngramOnly() * ngram[i] + c.ngramOnlyBias());
        }
        return out;
    }

    private static double embedded(EmbeddingModel.Calibration c, double[] ngram) {
        return Arrays.stream(ngram).filter(v -> v >= c.prefilter() && v <= c.confident()).count()
                / (double) ngram.length;
    }

    static float[][] headFeatures(List<LabelledSentence> rows, EmbeddingCache cache) throws IOException {
        float[][] embeddings = cache.embed(rows.stream().map(LabelledSentence::text).toList());
        float[][] out = new float[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = EmbeddingModel.headFeatures(embeddings[i], ClaimSignals.find(rows.get(i).text()));
        }
        return out;
    }

    private static double[] logits(double[] w, float[][] x) {
        int d = x.length == 0 ? 0 : x[0].length;
        double[] out = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            double z = w[d];
            for (int j = 0; j < d; j++) {
                z += (float) w[j] * x[n][j];
            }
            out[n] = z;
        }
        return out;
    }

    /**
     * Evenly spaced labelled sentences of readable length, claims and non-claims, in file order, on one line
     * each (reasons are stored one per line).
     */
    private static EmbeddingModel.Examples examples(List<LabelledSentence> rows, EmbeddingCache cache)
            throws IOException {
        List<LabelledSentence> claims = rows.stream().filter(r -> readable(r) && r.checkWorthy()).toList();
        List<LabelledSentence> others = rows.stream().filter(r -> readable(r) && !r.checkWorthy()).toList();
        List<LabelledSentence> chosen = new ArrayList<>(spaced(claims, EXAMPLE_CLAIMS));
        chosen.addAll(spaced(others, EXAMPLE_NON_CLAIMS));
        float[][] vectors = cache.embed(chosen.stream().map(LabelledSentence::text).toList());
        byte[] bytes = new byte[chosen.size() * vectors[0].length];
        boolean[] labels = new boolean[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            System.arraycopy(EmbeddingModel.quantise(vectors[i]), 0, bytes, i * vectors[i].length, vectors[i].length);
            labels[i] = chosen.get(i).checkWorthy();
        }
        List<String> texts = chosen.stream().map(r -> r.text().strip().replaceAll("\\s+", " ")).toList();
        return new EmbeddingModel.Examples(texts, labels, bytes);
    }

    private static boolean readable(LabelledSentence row) {
        int length = row.text().strip().length();
        return length >= 40 && length <= 200;
    }

    private static List<LabelledSentence> spaced(List<LabelledSentence> rows, int count) {
        List<LabelledSentence> out = new ArrayList<>(count);
        for (int i = 0; i < count && i < rows.size(); i++) {
            out.add(rows.get((int) ((long) i * rows.size() / count)));
        }
        return out;
    }

    private static boolean[] unbox(List<Boolean> values) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private static int count(boolean[] y) {
        int n = 0;
        for (boolean b : y) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path output, Writer writer) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            writer.write(out);
        }
    }

    /** src/main/resources of the article-service, whether run from the module or the repository root. */
    static Path committedModelFile() {
        Path resource = Path.of("src", "main", "resources").resolve(TrainedScorer.MODEL_RESOURCE.substring(1));
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("article-service")
                    && Files.exists(dir.resolve("pom.xml"))) {
                return dir.resolve(resource);
            }
            if (Files.exists(dir.resolve("article-service").resolve("pom.xml"))) {
                return dir.resolve("article-service").resolve(resource);
            }
        }
        throw new IllegalStateException("run from inside the Factdesk repository, or pass the output file");
    }
}
