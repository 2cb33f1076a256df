package org.factdesk.review.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.factdesk.review.domain.ReviewState;
import org.junit.jupiter.api.Test;

/** Quoting (RFC 4180) and formula neutralisation, without Quarkus. */
class CsvTest {

    @Test
    void plainCellsAreWrittenAsTheyAreAndARecordEndsWithCrLf() {
        assertEquals("a,b c,2026,0.5,true,QUEUED,2026-12-07T10:00:00Z\r\n", Csv.row(List.of("a", "b c", 2026, 0.5,
                true, ReviewState.QUEUED, Instant.parse("2026-12-07T10:00:00Z"))));
    }

    @Test
    void nullAndEmptyCellsAreEmptyFields() {
        assertEquals(",,x\r\n", Csv.row(Arrays.asList(null, "", "x")));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"she said \"\"no\"\"\"", Csv.cell("she said \"no\""));
        assertEquals("\"line one\nline two\"", Csv.cell("line one\nline two"));
        assertEquals("\"line one\r\nline two\"", Csv.cell("line one\r\nline two"));
    }

    @Test
    void everyFormulaTriggerGetsALeadingSingleQuote() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", Csv.cell("=HYPERLINK(\"http://evil.example\")"));
        assertEquals("'+1+2", Csv.cell("+1+2"));
        assertEquals("'-2+3", Csv.cell("-2+3"));
        assertEquals("'@SUM(A1:A2)", Csv.cell("@SUM(A1:A2)"));
        assertEquals("'\t=1", Csv.cell("\t=1"));
        assertEquals("\"'\r=1\"", Csv.cell("\r=1"));
        // Quoted and neutralised at once: the quote goes inside the field.
        assertEquals("\"'=1,2\"", Csv.cell("=1,2"));
    }

    @Test
    void onlyTheFirstCharacterCountsAndNumbersStayNumbers() {
        assertEquals("a=b", Csv.cell("a=b"));
        assertEquals(" =1", Csv.cell(" =1"));
        assertEquals("-0.25", Csv.cell(-0.25));
        assertEquals("Ünïcödé – 🙂 مرحبا", Csv.cell("Ünïcödé – 🙂 مرحبا"));
    }
}
