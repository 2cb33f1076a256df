package org.factdesk.article.detection.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.factdesk.article.detection.SharedData;
import org.junit.jupiter.api.Test;

/** The committed model on CT24 English dev-test, which training never sees; guards against regressions. */
class CheckworthinessEvaluationTest {

    /** A little under the F1 (Yes) measured for the committed model (see detection/README.md). */
    private static final double F1_FLOOR = 0.82;

    @Test
    void trainedModelBeatsTheFeatureScorerAndAllYesOnDevTest() throws IOException {
        List<Evaluation.Result> results = Evaluation.run(SharedData.checkworthy(CheckworthyDataset.DEV_TEST));
        double trained = results.get(0).metrics().f1();
        double features = results.get(2).metrics().f1();
        double allYes = results.get(3).metrics().f1();
        assertTrue(trained >= F1_FLOOR, "F1(Yes) of the trained model fell to " + trained);
        assertTrue(trained > features, "trained " + trained + " vs feature scorer " + features);
        assertTrue(trained > allYes, "trained " + trained + " vs all-Yes " + allYes);
    }
}
