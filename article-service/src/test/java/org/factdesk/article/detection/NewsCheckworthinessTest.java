package org.factdesk.article.detection;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.factdesk.article.detection.training.EvaluateModel;
import org.factdesk.article.detection.training.Evaluation;
import org.junit.jupiter.api.Test;

/** The committed detector on the team's news-domain test set (src/test/resources/detection/news). */
class NewsCheckworthinessTest {

    /** A little under the F1 (Yes) measured for the committed model (see detection/README.md). */
    private static final double F1_FLOOR = 0.80;

    @Test
    void detectorHoldsUpOnNewsSentences() throws IOException {
        List<Evaluation.Result> results = Evaluation.run(EvaluateModel.newsSet());
        double trained = results.get(0).metrics().f1();
        double allYes = results.get(3).metrics().f1();
        assertTrue(trained >= F1_FLOOR, "F1(Yes) on the news set fell to " + trained);
        assertTrue(trained > allYes, "trained " + trained + " vs all-Yes " + allYes);
    }
}
