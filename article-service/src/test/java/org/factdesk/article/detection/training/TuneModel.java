package org.factdesk.article.detection.training;

import java.util.ArrayList;
import java.util.List;

import org.factdesk.article.detection.SharedData;
import org.factdesk.article.detection.trained.FeatureConfig;
import org.factdesk.article.detection.trained.FeatureVector;
import org.factdesk.article.detection.trained.LinearModel;
import org.factdesk.article.detection.trained.SentenceFeatures;

/** Grid search: train on train, measure F1 (Yes) on dev at the dev-best threshold. Never reads dev-test. */
public final class TuneModel {

    static final int LATEST_DEBATES = 30000;

    public static void main(String[] args) throws Exception {
        List<LabelledSentence> train = CheckworthyDataset.read(SharedData.checkworthy(CheckworthyDataset.TRAIN));
        List<LabelledSentence> dev = CheckworthyDataset.read(SharedData.checkworthy(CheckworthyDataset.DEV));
        if (Boolean.getBoolean("temporal")) {
            // The latest debates of train (ids >= 30000) as validation: later debates, new topics.
            List<LabelledSentence> older = new ArrayList<>(dev);
            List<LabelledSentence> latest = new ArrayList<>();
            for (LabelledSentence row : train) {
                (Integer.parseInt(row.id()) >= LATEST_DEBATES ? latest : older).add(row);
            }
            train = older;
            dev = latest;
        }
        System.out.printf("train %d (%d yes), dev %d (%d yes)%n", train.size(), yes(train), dev.size(), yes(dev));
        for (String spec : args) {
            String[] p = spec.split(",");
            FeatureConfig config = new FeatureConfig(Integer.parseInt(p[0]), Float.parseFloat(p[1]),
                    Float.parseFloat(p[2]), Float.parseFloat(p[3]), Float.parseFloat(p[4]), 3, Integer.parseInt(p[5]));
            TrainingSettings settings = new TrainingSettings(config, Integer.parseInt(p[6]), Double.parseDouble(p[7]),
                    Double.parseDouble(p[8]), Double.parseDouble(p[9]), 1e-4, 7);
            long t0 = System.nanoTime();
            SentenceFeatures features = new SentenceFeatures(config);
            LinearModel model = new LogisticRegressionTrainer(settings).train(vectors(features, train), labels(train));
            double[] scores = new double[dev.size()];
            for (int i = 0; i < dev.size(); i++) {
                scores[i] = LinearModel.probability(model.logit(features.extract(dev.get(i).text()).vector()));
            }
            double threshold = BinaryMetrics.bestThreshold(scores, labels(dev));
            BinaryMetrics m = BinaryMetrics.of(scores, labels(dev), threshold);
            BinaryMetrics at50 = BinaryMetrics.of(scores, labels(dev), 0.5);
            System.out.printf("%-50s devF1=%.4f P=%.3f R=%.3f thr=%.3f | F1@0.5=%.4f nz=%d %.1fs%n", spec, m.f1(),
                    m.precision(), m.recall(), threshold, at50.f1(), model.nonZeroWeights(),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    static List<FeatureVector> vectors(SentenceFeatures features, List<LabelledSentence> rows) {
        List<FeatureVector> out = new ArrayList<>(rows.size());
        for (LabelledSentence row : rows) {
            out.add(features.extract(row.text()).vector());
        }
        return out;
    }

    static boolean[] labels(List<LabelledSentence> rows) {
        boolean[] out = new boolean[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i).checkWorthy();
        }
        return out;
    }

    private static long yes(List<LabelledSentence> rows) {
        return rows.stream().filter(LabelledSentence::checkWorthy).count();
    }
}
