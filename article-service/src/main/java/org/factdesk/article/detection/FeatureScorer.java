package org.factdesk.article.detection;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * Explainable check-worthiness: the hand-weighted {@link ClaimSignal}s of a sentence summed as log-odds
 * and squashed to 0..1. Every reason an editor sees is a signal that fired.
 */
@DefaultBean
@ApplicationScoped
public class FeatureScorer implements CheckWorthinessScorer {

    /** Log-odds of a sentence with no signal at all: plain prose is rarely worth checking. */
    static final double BIAS = -1.2;

    private static final Comparator<SignalMatch> STRONGEST_FIRST = Comparator
            .comparingDouble((SignalMatch m) -> Math.abs(m.signal().weight())).reversed();

    @Override
    public SentenceScore score(String sentence) {
        List<SignalMatch> signals = ClaimSignals.find(sentence);
        double logOdds = BIAS;
        for (SignalMatch match : signals) {
            logOdds += match.signal().weight();
        }
        List<String> reasons = signals.stream().sorted(STRONGEST_FIRST).map(SignalMatch::describe).toList();
        return new SentenceScore(1.0 / (1.0 + Math.exp(-logOdds)), reasons);
    }
}
