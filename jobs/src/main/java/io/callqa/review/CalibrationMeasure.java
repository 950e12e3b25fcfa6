package io.callqa.review;

/**
 * One figure of how the automatic answers hold up against reviewers, with its Wilson 95 % interval.
 *
 * @param itemId the reason code (flag precision), the criterion id (question agreement), or CALIBRATION_SAMPLE
 * @param rate agreed / reviewed for precision and agreement; disagreed / reviewed for the calibration miss rate
 */
public record CalibrationMeasure(Kind kind, String itemId, int reviewed, int agreed, int disagreed, double rate,
        double rateLow, double rateHigh) {

    public enum Kind {
        /** Of the calls flagged for a reason and reviewed, the share the reviewer agreed deserved it. */
        FLAG_PRECISION,
        /** Of a question's reviewed answers, the share the reviewer agreed with. */
        QUESTION_AGREEMENT,
        /** Of the reviewed calls of the calibration sample (not flagged), the share the reviewer says the flags missed. */
        CALIBRATION_MISS_RATE
    }
}
