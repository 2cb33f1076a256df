package org.factdesk.article.detection.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.factdesk.article.detection.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckworthyDatasetTest {

    @Test
    void devTestHasItsDocumentedSizeAndClassBalanceDespiteCrlf() throws IOException {
        List<LabelledSentence> rows = CheckworthyDataset.read(SharedData.checkworthy(CheckworthyDataset.DEV_TEST));
        assertEquals(318, rows.size());
        assertEquals(108, rows.stream().filter(LabelledSentence::checkWorthy).count());
        assertTrue(rows.stream().noneMatch(r -> r.text().endsWith("\r")));
    }

    @Test
    void theRunTogetherTrainLineBecomesTwoRows() throws IOException {
        Map<String, LabelledSentence> byId = CheckworthyDataset.read(SharedData.checkworthy(CheckworthyDataset.TRAIN))
                .stream().collect(Collectors.toMap(LabelledSentence::id, Function.identity()));
        assertEquals(new LabelledSentence("24098", "We've got to invest and grow.", false), byId.get("24098"));
        assertEquals(new LabelledSentence("29286", "You can't bring back jobs.", false), byId.get("29286"));
        assertEquals(5413, byId.values().stream().filter(LabelledSentence::checkWorthy).count());
    }

    @Test
    void quotedTextsAreUnquotedWithDoubledQuotesRestored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.tsv");
        Files.writeString(file, "Sentence_id\tText\tclass_label\r\n"
                + "1\t\"He said \"\"no\"\" twice\ton tabs.\"\tYes\r\n2\tPlain text.\tNo\r\n");
        assertEquals(List.of(new LabelledSentence("1", "He said \"no\" twice\ton tabs.", true),
                new LabelledSentence("2", "Plain text.", false)), CheckworthyDataset.read(file));
    }
}
