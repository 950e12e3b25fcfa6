package io.callqa.score;

import java.io.Serializable;

/**
 * The values a measurement may take for a criterion to be met: at most, at least, or between both (inclusive).
 *
 * @param atMost the largest value that meets the criterion, or null for no upper limit
 * @param atLeast the smallest value that meets the criterion, or null for no lower limit
 */
public record Threshold(Double atMost, Double atLeast) implements Serializable {
    public Threshold {
        if (atMost == null && atLeast == null) {
            throw new IllegalArgumentException("Cannot make a threshold without at_most or at_least");
        }
    }

    public boolean isMetBy(double value) {
        return (atMost == null || value <= atMost) && (atLeast == null || value >= atLeast);
    }

    /** "at most 30", "at least -0.25", "between 120 and 180": how a QA lead would say it. */
    public String describe() {
        if (atMost != null && atLeast != null) {
            return "between " + number(atLeast) + " and " + number(atMost);
        }
        return atMost != null ? "at most " + number(atMost) : "at least " + number(atLeast);
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
