package io.callqa.score;

/** Why a call is in the QA review queue. */
public enum ReviewReasonCode {
    AUTO_FAIL,
    LOW_SCORE,
    ESCALATION,
    CANCELLATION_INTENT,
    NEGATIVE_SENTIMENT,
    LONG_SILENCE,
    /** Not flagged: drawn at random from unflagged calls, so QA can measure what the flags miss. */
    CALIBRATION_SAMPLE
}
