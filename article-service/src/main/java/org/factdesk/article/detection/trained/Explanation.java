package org.factdesk.article.detection.trained;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.article.detection.ClaimSignal;
import org.factdesk.article.detection.SignalMatch;

/**
 * Translates a linear model's contributions (weight × value) back into the sentence's words: a word collects
 * its own weight and those of the character n-grams starting in it, a word pair its pair weight, a signal
 * its weight with the evidence that triggered it.
 */
final class Explanation {

    /** Contributions smaller than this change the probability by well under one point. */
    private static final double NEGLIGIBLE = 0.05;

    private Explanation() {
    }

    static List<String> reasons(LinearModel model, SentenceFeatures.Featured sentence, int limit) {
        List<String> tokens = sentence.tokens();
        FeatureVector vector = sentence.vector();
        double[] words = new double[tokens.size()];
        double[] pairs = new double[tokens.size() + 1];
        double[] signals = new double[ClaimSignal.values().length];
        for (int i = 0; i < vector.size(); i++) {
            double contribution = model.weight(vector.index(i)) * vector.value(i);
            int anchor = vector.anchor(i);
            switch (vector.kind(i)) {
                case WORD, CHARACTERS -> {
                    if (anchor < words.length) {
                        words[anchor] += contribution;
                    }
                }
                case PHRASE -> addPair(words, pairs, anchor, contribution);
                case SIGNAL -> signals[anchor] += contribution;
                case SHAPE -> {
                    // length and final punctuation explain nothing an editor can act on
                }
            }
        }

        Map<String, Double> byLabel = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            if (readable(tokens.get(i))) {
                byLabel.merge("word “" + tokens.get(i) + "”", words[i], Double::sum);
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            byLabel.merge("phrase “" + tokens.get(i - 1) + " " + tokens.get(i) + "”", pairs[i], Double::sum);
        }
        for (SignalMatch match : sentence.signals()) {
            String label = match.evidence().isEmpty() ? match.signal().label()
                    : match.signal().label() + ": " + match.evidence();
            byLabel.merge(label, signals[match.signal().ordinal()], Double::sum);
        }

        List<Map.Entry<String, Double>> ranked = new ArrayList<>(byLabel.entrySet());
        ranked.removeIf(e -> Math.abs(e.getValue()) < NEGLIGIBLE);
        // Strongest first; ties broken by label so explanations are reproducible.
        ranked.sort((a, b) -> {
            int byStrength = Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue()));
            return byStrength != 0 ? byStrength : a.getKey().compareTo(b.getKey());
        });
        List<String> reasons = new ArrayList<>(Math.min(limit, ranked.size()));
        for (Map.Entry<String, Double> entry : ranked.subList(0, Math.min(limit, ranked.size()))) {
            reasons.add(entry.getValue() < 0 ? entry.getKey() + " (lowers)" : entry.getKey());
        }
        return reasons;
    }

    /** Punctuation tokens weigh in the score but mean nothing to an editor as a "word". */
    private static boolean readable(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Pairs at the sentence edges (with the start or end marker) count for the edge word. */
    private static void addPair(double[] words, double[] pairs, int anchor, double contribution) {
        if (words.length == 0) {
            return;
        }
        if (anchor == 0) {
            words[0] += contribution;
        } else if (anchor == words.length) {
            words[words.length - 1] += contribution;
        } else {
            pairs[anchor] += contribution;
        }
    }
}
