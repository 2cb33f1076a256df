package org.factdesk.article.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits an article body into sentences whose spans slice the body exactly.
 *
 * <p>
 * OpenNLP's statistical detector finds sentence ends inside running text. Pasted articles also carry
 * structure the detector does not see: blank lines, one paragraph per line, bullet lines, table rows and
 * headlines without final punctuation. So the body is first cut into blocks at line breaks, and only a
 * line that visibly continues a hard-wrapped sentence (the previous line has no closing punctuation and
 * this one starts in lower case) is joined to the block before it.
 */
@Startup
@Singleton
public class SentenceSegmenter {

    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Bullets, numbered items, attribution dashes and Markdown headings that open a line. */
    private static final Pattern LINE_MARKER = Pattern
            .compile("^(?:[-*+•·▪◦‣–—]+|\\d{1,3}[.)]|#{1,6})(?=[\\s\\p{Z}])[\\s\\p{Z}]*");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+•·▪◦‣–—]|\\d{1,3}[.)])[\\s\\p{Z}]");

    /**
     * Whitespace-free runs longer than this are links or noise, not words. The detector looks at every sentence-end
     * character of such a run and scans to the run's end each time, so 200 KB of "a.a.a." would cost minutes; it is
     * shown only the run's last one.
     */
    static final int LONG_RUN = 64;

    /** Stands in for hidden sentence ends: neither blank nor a sentence end, so the run stays one token. */
    private static final char HIDDEN_END = '_';

    private final SentenceModel model;
    /** The detector keeps per-call state; the model it reads is immutable and shared. */
    private final ThreadLocal<SentenceDetectorME> detector;
    private final Set<Character> sentenceEnds;

    public SentenceSegmenter() {
        this.model = loadModel();
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
        this.sentenceEnds = Set.copyOf(model.getFactory().getEndOfSentenceScanner().getEOSCharacters());
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSegmenter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE
                        + " is missing from the classpath (opennlp-models-sentdetect-en)");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP sentence model " + MODEL_RESOURCE, e);
        }
    }

    /** Sentence spans of {@code body} in document order, trimmed of whitespace and line markers. */
    public List<TextSpan> split(String body) {
        List<TextSpan> sentences = new ArrayList<>();
        for (TextSpan block : blocks(body)) {
            splitBlock(body, block, sentences);
        }
        return sentences;
    }

    private void splitBlock(String body, TextSpan block, List<TextSpan> out) {
        for (Span span : detector.get().sentPosDetect(detectorInput(body, block))) {
            TextSpan sentence = trim(body, block.start() + span.getStart(), block.start() + span.getEnd());
            if (sentence != null) {
                out.add(sentence);
            }
        }
    }

    /**
     * The block as the detector should read it, with the same length so offsets carry over: every blank (line breaks
     * left inside a joined block, tabs, no-break spaces) is a plain space, the only separator the detector's context
     * scan stops at (on any other it reads back to the start of the block, once per sentence end), and in a long run
     * only the last sentence end is left.
     */
    private String detectorInput(String body, TextSpan block) {
        char[] text = new char[block.end() - block.start()];
        int runStart = -1;
        for (int i = 0; i < text.length; i++) {
            char c = body.charAt(block.start() + i);
            if (isBlank(c)) {
                text[i] = ' ';
                hideInnerEnds(text, runStart, i);
                runStart = -1;
            } else {
                text[i] = c;
                if (runStart < 0) {
                    runStart = i;
                }
            }
        }
        hideInnerEnds(text, runStart, text.length);
        return new String(text);
    }

    private void hideInnerEnds(char[] text, int from, int to) {
        if (from < 0 || to - from <= LONG_RUN) {
            return;
        }
        int last = to - 1;
        while (last >= from && !sentenceEnds.contains(text[last])) {
            last--;
        }
        for (int i = from; i < last; i++) {
            if (sentenceEnds.contains(text[i])) {
                text[i] = HIDDEN_END;
            }
        }
    }

    private static List<TextSpan> blocks(String body) {
        List<TextSpan> blocks = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        boolean open = false;
        int lineStart = 0;
        while (lineStart <= body.length()) {
            int lineEnd = lineEnd(body, lineStart);
            TextSpan line = trim(body, lineStart, lineEnd);
            if (line == null) {
                if (open) {
                    blocks.add(new TextSpan(blockStart, blockEnd));
                    open = false;
                }
            } else if (open && continuesSentence(body, blockEnd, lineStart, line)) {
                blockEnd = line.end();
            } else {
                if (open) {
                    blocks.add(new TextSpan(blockStart, blockEnd));
                }
                blockStart = line.start();
                blockEnd = line.end();
                open = true;
            }
            lineStart = nextLineStart(body, lineEnd);
        }
        if (open) {
            blocks.add(new TextSpan(blockStart, blockEnd));
        }
        return blocks;
    }

    /** A hard-wrapped sentence: the block so far lacks closing punctuation and the line goes on in lower case. */
    private static boolean continuesSentence(String body, int blockEnd, int lineStart, TextSpan line) {
        char last = body.charAt(blockEnd - 1);
        if (".!?:;\"”’)]|".indexOf(last) >= 0 || !Character.isLowerCase(body.charAt(line.start()))) {
            return false;
        }
        String raw = body.substring(lineStart, line.end()).strip();
        return !LIST_ITEM.matcher(raw).lookingAt() && raw.indexOf('|') < 0;
    }

    private static int lineEnd(String body, int from) {
        int i = from;
        while (i < body.length() && body.charAt(i) != '\n' && body.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLineStart(String body, int lineEnd) {
        if (lineEnd >= body.length()) {
            return body.length() + 1;
        }
        if (body.charAt(lineEnd) == '\r' && lineEnd + 1 < body.length() && body.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    /**
     * Shrinks {@code [start, end)} past blanks, an opening line marker and enclosing Markdown bold marks;
     * null when nothing readable (no letter or digit) remains.
     */
    private static TextSpan trim(String body, int start, int end) {
        while (start < end && isBlank(body.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(body.charAt(end - 1))) {
            end--;
        }
        Matcher marker = LINE_MARKER.matcher(body).region(start, end);
        if (marker.lookingAt() && marker.end() < end) {
            start = marker.end();
        }
        if (end - start > 4 && body.startsWith("**", start) && body.startsWith("**", end - 2)) {
            start += 2;
            end -= 2;
        }
        while (start < end && isBlank(body.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(body.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(body.charAt(i))) {
                return new TextSpan(start, end);
            }
        }
        return null;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
