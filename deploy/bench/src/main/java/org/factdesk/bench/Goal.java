package org.factdesk.bench;

/**
 * One figure of the goals next to its limit measured in the same run.
 *
 * @param ratio figure / limit (null when there is no limit or it was not measured)
 * @param met whether the target holds; null when the figure was not measured in this mode
 */
public record Goal(String name, Double figure, String unit, String limitName, Double limit, Double ratio,
        String target, Boolean met) {

    static Goal atLeast(String name, Double figure, String unit, String limitName, Double limit, double target) {
        return new Goal(name, figure, unit, limitName, limit, ratio(figure, limit), "≥ " + trim(target) + " " + unit,
                figure == null ? null : figure >= target);
    }

    static Goal atMost(String name, Double figure, String unit, String limitName, Double limit, double target) {
        return new Goal(name, figure, unit, limitName, limit, ratio(figure, limit), "≤ " + trim(target) + " " + unit,
                figure == null ? null : figure <= target);
    }

    /** A target on the ratio itself (e.g. "at least half the direct throughput"). */
    static Goal ratioAtLeast(String name, Double figure, String unit, String limitName, Double limit, double target) {
        Double ratio = ratio(figure, limit);
        return new Goal(name, figure, unit, limitName, limit, ratio, "ratio ≥ " + trim(target),
                ratio == null ? null : ratio >= target);
    }

    static Goal ratioAtMost(String name, Double figure, String unit, String limitName, Double limit, double target) {
        Double ratio = ratio(figure, limit);
        return new Goal(name, figure, unit, limitName, limit, ratio, "ratio ≤ " + trim(target),
                ratio == null ? null : ratio <= target);
    }

    private static Double ratio(Double figure, Double limit) {
        return figure == null || limit == null || limit == 0 ? null : figure / limit;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
