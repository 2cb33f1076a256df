package org.factdesk.article.detection;

/**
 * Surface cues of a check-worthy factual claim (positive weight) or of opinion and filler (negative weight).
 * The weights are the hand-set log-odds contributions of the {@link FeatureScorer}.
 */
public enum ClaimSignal {
    NUMBER("number", 1.3),
    PERCENTAGE("percentage", 1.0),
    MONEY("money", 1.0),
    QUANTITY("quantity", 0.7),
    DATE("date", 0.8),
    TIME_SPAN("time span", 0.6),
    NAMED_ENTITY("named entity", 0.5),
    REPORTING_VERB("reporting verb", 1.0),
    COMPARISON("comparison", 0.6),
    MEASURABLE_CHANGE("measurable change", 0.6),
    MEASURABLE_TOPIC("measurable topic", 0.5),
    QUOTATION("quotation", 0.4),
    OPINION("opinion word", -1.0),
    QUESTION("question", -1.8),
    HEDGE("hedge", -0.6),
    IMPERATIVE("imperative", -1.0),
    FIRST_PERSON("first person", -0.8),
    FRAGMENT("short fragment", -1.2);

    private final String label;
    private final double weight;

    ClaimSignal(String label, double weight) {
        this.label = label;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    public double weight() {
        return weight;
    }
}
