package org.factdesk.article.detection.trained;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    private static final int WORD = 0;
    private static final int PAIR = 1;
    private static final int SIGNAL = 2;

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

        // Rank first, then spell out only the strongest: building every label would cost more than scoring.
        List<Candidate> candidates = new ArrayList<>(2 * words.length + signals.length);
        for (int i = 0; i < words.length; i++) {
            candidates.add(new Candidate(words[i], WORD, i));
        }
        for (int i = 1; i < tokens.size(); i++) {
            candidates.add(new Candidate(pairs[i], PAIR, i));
        }
        List<SignalMatch> matches = sentence.signals();
        for (int i = 0; i < matches.size(); i++) {
            candidates.add(new Candidate(signals[matches.get(i).signal().ordinal()], SIGNAL, i));
        }
        candidates.removeIf(c -> Math.abs(c.contribution()) < NEGLIGIBLE);
        candidates.sort((a, b) -> Double.compare(Math.abs(b.contribution()), Math.abs(a.contribution())));

        Set<String> reasons = new LinkedHashSet<>();
        for (Candidate candidate : candidates) {
            if (reasons.size() == limit) {
                break;
            }
            String label = label(candidate, tokens, matches);
            if (label != null) {
                reasons.add(candidate.contribution() < 0 ? label + " (lowers)" : label);
            }
        }
        return List.copyOf(reasons);
    }

    private static String label(Candidate candidate, List<String> tokens, List<SignalMatch> matches) {
        int i = candidate.index();
        return switch (candidate.type()) {
            case WORD -> readable(tokens.get(i)) ? "word “" + tokens.get(i) + "”" : null;
            case PAIR -> "phrase “" + tokens.get(i - 1) + " " + tokens.get(i) + "”";
            default -> {
                SignalMatch match = matches.get(i);
                yield match.evidence().isEmpty() ? match.signal().label()
                        : match.signal().label() + ": " + match.evidence();
            }
        };
    }

    private record Candidate(double contribution, int type, int index) {
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
