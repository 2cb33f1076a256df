package org.factdesk.article.detection.training;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CLEF-2024 CheckThat! Task 1 English TSV files: header {@code Sentence_id, Text, class_label},
 * RFC-4180 quoting with TAB as delimiter, LF or CRLF line ends. One train line holds two rows run together
 * ({@code 24098 … No29286 … No}); any such line is split back into its rows.
 */
public final class CheckworthyDataset {

    public static final String TRAIN = "CT24_checkworthy_english_train.tsv";
    public static final String DEV = "CT24_checkworthy_english_dev.tsv";
    public static final String DEV_TEST = "CT24_checkworthy_english_dev-test.tsv";

    private static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .get();
    /** A label followed directly by the id of the next row, as on the run-together line. */
    private static final Pattern LABEL_THEN_ID = Pattern.compile("^(Yes|No)(\\d+)$");

    private CheckworthyDataset() {
    }

    public static List<LabelledSentence> read(Path file) throws IOException {
        List<LabelledSentence> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : FORMAT.parse(in)) {
                addRows(record, rows, file);
            }
        }
        return rows;
    }

    private static void addRows(CSVRecord record, List<LabelledSentence> rows, Path file) {
        if (record.size() == 3) {
            rows.add(new LabelledSentence(record.get(0), record.get(1), label(record.get(2), record, file)));
            return;
        }
        // id, text, label+id, text, ..., label
        if (record.size() < 3 || record.size() % 2 == 0) {
            throw new IllegalArgumentException(file + " line " + record.getParser().getCurrentLineNumber()
                    + ": unexpected " + record.size() + " fields");
        }
        String id = record.get(0);
        for (int i = 1; i + 1 < record.size(); i += 2) {
            String text = record.get(i);
            String tail = record.get(i + 1);
            Matcher joined = LABEL_THEN_ID.matcher(tail);
            if (i + 2 < record.size() && joined.matches()) {
                rows.add(new LabelledSentence(id, text, label(joined.group(1), record, file)));
                id = joined.group(2);
            } else {
                rows.add(new LabelledSentence(id, text, label(tail, record, file)));
            }
        }
    }

    private static boolean label(String value, CSVRecord record, Path file) {
        return switch (value.strip()) {
            case "Yes" -> true;
            case "No" -> false;
            default -> throw new IllegalArgumentException(file + " record " + record.getRecordNumber()
                    + ": label must be Yes or No, was '" + value + "'");
        };
    }
}
