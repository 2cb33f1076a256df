package org.factdesk.review.api;

import java.time.Instant;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, fields with a comma, quote or line break in double quotes, quotes doubled)
 * and as spreadsheets can open safely: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or
 * carriage return would run as a formula in Excel, LibreOffice or Google Sheets, so it gets a leading single quote
 * (OWASP's "CSV injection" advice), which the spreadsheet shows as text. Numbers, booleans and instants are written as
 * they are: they are ours, not user text, and a negative number must stay a number.
 */
public final class Csv {

    /** Record separator of RFC 4180. */
    public static final String EOL = "\r\n";

    private Csv() {
    }

    /** One record, with its CRLF; null cells are empty. */
    public static String row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        appendRow(line, cells);
        return line.toString();
    }

    /** Appends one record and its CRLF to {@code out}. */
    public static void appendRow(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendCell(out, cells.get(i));
        }
        out.append(EOL);
    }

    /** One field, neutralised when it is text and quoted when it has to be. */
    public static String cell(Object value) {
        StringBuilder out = new StringBuilder();
        appendCell(out, value);
        return out.toString();
    }

    private static void appendCell(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof Number || value instanceof Boolean || value instanceof Instant
                || value instanceof Enum<?> ? value.toString() : neutralised(value.toString());
        if (needsQuotes(text)) {
            out.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            out.append(text);
        }
    }

    /** The text with a leading single quote when a spreadsheet would read it as a formula. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
