package org.factdesk.article.detection.trained;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.article.detection.ClaimSignals;
import org.factdesk.article.detection.SignalMatch;

/**
 * Turns a sentence into the hashed feature vector of the trained model: words, word pairs, character
 * n-grams (3 to 4 characters in the committed model), the explainable signals of the feature scorer and
 * a little sentence shape. Stateless.
 */
public final class SentenceFeatures {

    /** Words with inner apostrophes, and the few punctuation marks that carry meaning for claims. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,][\\p{L}\\p{N}]+)*|[?!%$€£\"“”]");
    private static final int[] LENGTH_BUCKETS = { 3, 6, 10, 15, 25 };
    private static final String SENTENCE_START = "<s>";
    private static final String SENTENCE_END = "</s>";

    private final FeatureConfig config;
    private final int mask;

    public SentenceFeatures(FeatureConfig config) {
        this.config = config;
        this.mask = config.dimension() - 1;
    }

    public FeatureConfig config() {
        return config;
    }

    /** The sentence's words, its signals, and its feature vector. */
    public Featured extract(String sentence) {
        List<String> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(m.group());
            words.add(normalise(m.group()));
        }
        List<SignalMatch> signals = ClaimSignals.find(sentence);
        FeatureVector vector = new FeatureVector();

        for (int i = 0; i < words.size(); i++) {
            vector.add(slot(FeatureKind.WORD, words.get(i), null), 1f, FeatureKind.WORD, i);
        }
        vector.normalise(0, FeatureKind.WORD);
        scale(vector, 0, FeatureKind.WORD, config.wordScale());

        int phrases = vector.size();
        for (int i = 0; i <= words.size(); i++) {
            String left = i == 0 ? SENTENCE_START : words.get(i - 1);
            String right = i == words.size() ? SENTENCE_END : words.get(i);
            vector.add(slot(FeatureKind.PHRASE, left, right), 1f, FeatureKind.PHRASE, i);
        }
        vector.normalise(phrases, FeatureKind.PHRASE);
        scale(vector, phrases, FeatureKind.PHRASE, config.phraseScale());

        int characters = vector.size();
        addCharacterGrams(words, vector);
        vector.normalise(characters, FeatureKind.CHARACTERS);
        scale(vector, characters, FeatureKind.CHARACTERS, config.charScale());

        for (SignalMatch signal : signals) {
            vector.add(slot(FeatureKind.SIGNAL, signal.signal().name(), null), config.signalScale(),
                    FeatureKind.SIGNAL, signal.signal().ordinal());
        }
        addShape(sentence, words.size(), vector);
        return new Featured(List.copyOf(tokens), signals, vector);
    }

    /** Character n-grams of " w1 w2 … wn ", each attributed to the word it starts in (or the next word). */
    private void addCharacterGrams(List<String> words, FeatureVector vector) {
        int length = 1;
        for (String word : words) {
            length += word.length() + 1;
        }
        char[] text = new char[length];
        int[] owner = new int[length];
        int p = 0;
        text[p++] = ' ';
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            for (int c = 0; c < word.length(); c++) {
                text[p] = word.charAt(c);
                owner[p++] = w;
            }
            text[p] = ' ';
            owner[p++] = Math.min(w + 1, words.size() - 1);
        }
        int seed = FeatureKind.CHARACTERS.ordinal() * 0x9E3779B9;
        for (int start = 0; start < length; start++) {
            int h = seed;
            for (int end = start; end < length && end - start < config.maxChars(); end++) {
                h = (h ^ text[end]) * 0x01000193;
                int n = end - start + 1;
                if (n >= config.minChars()) {
                    vector.add(finish(h ^ n), 1f, FeatureKind.CHARACTERS, owner[start]);
                }
            }
        }
    }

    private void addShape(String sentence, int wordCount, FeatureVector vector) {
        int bucket = 0;
        while (bucket < LENGTH_BUCKETS.length && wordCount > LENGTH_BUCKETS[bucket]) {
            bucket++;
        }
        vector.add(slot(FeatureKind.SHAPE, "length", Integer.toString(bucket)), 1f, FeatureKind.SHAPE, 0);
        String trimmed = sentence.strip();
        char last = trimmed.isEmpty() ? ' ' : trimmed.charAt(trimmed.length() - 1);
        vector.add(slot(FeatureKind.SHAPE, "end", String.valueOf(Character.isLetterOrDigit(last) ? 'a' : last)), 1f,
                FeatureKind.SHAPE, 0);
    }

    private static void scale(FeatureVector vector, int from, FeatureKind kind, float factor) {
        for (int i = from; i < vector.size(); i++) {
            if (vector.kind(i) == kind) {
                vector.scaleValue(i, factor);
            }
        }
    }

    /** Lower case, typographic apostrophes straightened, every digit folded to 0 so numbers generalise. */
    static String normalise(String token) {
        StringBuilder out = new StringBuilder(token.length());
        String lower = token.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isDigit(c)) {
                out.append('0');
            } else if (c == '’') {
                out.append('\'');
            } else if (c == '“' || c == '”') {
                out.append('"');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private int slot(FeatureKind kind, String first, String second) {
        int h = kind.ordinal() * 0x9E3779B9 + 0x632BE5AB;
        h = mix(h, first);
        if (second != null) {
            h = (h ^ 0x1F) * 0x01000193;
            h = mix(h, second);
        }
        return finish(h);
    }

    private static int mix(int h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    /** Murmur3 finaliser, so that the low bits kept by the mask are well spread. */
    private int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & mask;
    }

    /**
     * A sentence ready for the model.
     *
     * @param tokens the words as written, indexed by the anchors of word-level features
     */
    public record Featured(List<String> tokens, List<SignalMatch> signals, FeatureVector vector) {
    }
}
