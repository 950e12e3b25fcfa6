package io.callqa.report;

/**
 * One row of {@code review_calibration}: how an automatic answer holds up against reviewers.
 *
 * @param measure FLAG_PRECISION, QUESTION_AGREEMENT or CALIBRATION_MISS_RATE
 * @param itemId the reason code, the criterion id, or CALIBRATION_SAMPLE
 */
public record CalibrationFigure(String measure, String itemId, long reviewed, long agreed, long disagreed, double rate,
        double rateLow, double rateHigh) {
    public static final String FLAG_PRECISION = "FLAG_PRECISION";
    public static final String QUESTION_AGREEMENT = "QUESTION_AGREEMENT";
    public static final String CALIBRATION_MISS_RATE = "CALIBRATION_MISS_RATE";

    /** The rate with its interval, e.g. "75% (95% interval 30–95%, 4 reviewed)". */
    String describe() {
        return Formats.percent(rate) + " (95% interval " + Formats.percent(rateLow).replace("%", "") + "–"
                + Formats.percent(rateHigh) + ", " + reviewed + " reviewed)";
    }
}
