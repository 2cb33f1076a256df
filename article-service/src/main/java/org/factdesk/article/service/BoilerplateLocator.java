package org.factdesk.article.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.domain.TextSpan;

/**
 * Finds site furniture pasted along with a story ("Share This Article", "Leave A Reply", newsletter
 * sign-ups, "About Us" blurbs) so claim detection skips it. Such lines are boilerplate wherever they
 * are; once a footer marker appears in the last part of the text, everything after it is the page
 * footer (author bios, publisher blurbs) and not the story either.
 */
@ApplicationScoped
public class BoilerplateLocator {

    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^\\s*(share( this( article| story| post)?)?|share\\.|tagged:?|tags:?|leave a (reply|comment)"
                    + "|exit mobile version|subscribe( for latest updates| to our newsletter| now)?|sign up for .*newsletter.*"
                    + "|related( articles| posts)?:?|read more:?|advertisement|about us|follow us.*|all rights reserved.*"
                    + "|©.*|copyright .*|click here.*|you may also like:?)\\s*$");

    /** Site furniture is a few words; longer lines are story text and are not matched at all. */
    private static final int MAX_FURNITURE_LINE = 200;

    /** A marker counts as the start of the footer only in the last part of the text. */
    private static final double FOOTER_REGION = 0.6;

    private static final Pattern FOOTER_MARKER = Pattern.compile(
            "(?i)^\\s*(share this article|share\\.|tagged:?|leave a reply|about us|subscribe for latest updates)\\s*$");

    public List<TextSpan> locate(String body) {
        List<TextSpan> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < body.length()) {
            int newline = body.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? body.length() : newline;
            String line = furnitureCandidate(body, lineStart, lineEnd);
            if (line != null && FOOTER_MARKER.matcher(line).matches() && lineStart >= body.length() * FOOTER_REGION) {
                spans.add(new TextSpan(lineStart, body.length()));
                return spans;
            }
            if (line != null && BOILERPLATE_LINE.matcher(line).matches()) {
                spans.add(new TextSpan(lineStart, lineEnd));
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    /**
     * The line without surrounding blanks, or null when it is blank or too long to be furniture. The patterns only
     * ever see short lines: on a long run of spaces their optional parts backtrack quadratically.
     */
    private static String furnitureCandidate(String body, int start, int end) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        return start == end || end - start > MAX_FURNITURE_LINE ? null : body.substring(start, end);
    }
}
