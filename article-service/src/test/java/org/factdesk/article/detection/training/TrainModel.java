package org.factdesk.article.detection.training;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.article.detection.SharedData;
import org.factdesk.article.detection.trained.FeatureConfig;
import org.factdesk.article.detection.trained.LinearModel;
import org.factdesk.article.detection.trained.SentenceFeatures;
import org.factdesk.article.detection.trained.TrainedScorer;

/**
 * Trains the committed check-worthiness model, reproducibly: pick the decision threshold that maximises
 * F1 (Yes) on the latest debates of train (ids from 30000) with a model fitted on the older ones and dev,
 * refit on all of train + dev with the same settings and fold that threshold into the bias. dev-test is
 * never read. Argument: the output file (default: the module's committed model).
 */
public final class TrainModel {

    /** Chosen with {@link TuneModel} on dev and on the latest debates (see detection/README.md). */
    public static final TrainingSettings SETTINGS = new TrainingSettings(
            new FeatureConfig(20, 1f, 1f, 1f, 1f, 3, 4), 5, 0.1, 1e-5, 1.0, 1e-4, 7);

    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Path.of(args[0]) : committedModelFile();
        List<LabelledSentence> train = CheckworthyDataset.read(SharedData.checkworthy(CheckworthyDataset.TRAIN));
        List<LabelledSentence> dev = CheckworthyDataset.read(SharedData.checkworthy(CheckworthyDataset.DEV));
        SentenceFeatures features = new SentenceFeatures(SETTINGS.features());
        LogisticRegressionTrainer trainer = new LogisticRegressionTrainer(SETTINGS);

        // Threshold on the latest debates of train, fitted on everything older (older train + dev): the
        // detector always scores text newer than its data, and newer debates need a lower threshold than
        // the randomly drawn dev set suggests (see detection/README.md).
        List<LabelledSentence> older = new ArrayList<>(dev);
        List<LabelledSentence> latest = new ArrayList<>();
        for (LabelledSentence row : train) {
            (Integer.parseInt(row.id()) >= TuneModel.LATEST_DEBATES ? latest : older).add(row);
        }
        LinearModel onOlder = trainer.train(TuneModel.vectors(features, older), TuneModel.labels(older));
        double[] scores = new double[latest.size()];
        for (int i = 0; i < latest.size(); i++) {
            scores[i] = LinearModel.probability(onOlder.logit(features.extract(latest.get(i).text()).vector()));
        }
        double threshold = BinaryMetrics.bestThreshold(scores, TuneModel.labels(latest));
        BinaryMetrics held = BinaryMetrics.of(scores, TuneModel.labels(latest), threshold);
        System.out.printf("fitted on %d older sentences, on the %d latest: F1(Yes)=%.4f P=%.4f R=%.4f at threshold %.4f%n",
                older.size(), latest.size(), held.f1(), held.precision(), held.recall(), threshold);

        List<LabelledSentence> all = new ArrayList<>(train);
        all.addAll(dev);
        LinearModel model = trainer.train(TuneModel.vectors(features, all), TuneModel.labels(all))
                .withDecisionAt(Math.log(threshold / (1 - threshold)));
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            model.write(out);
        }
        System.out.printf("trained on train+dev (%d sentences): %d non-zero weights, wrote %s (%d bytes)%n",
                all.size(), model.nonZeroWeights(), output.toAbsolutePath().normalize(), Files.size(output));
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
