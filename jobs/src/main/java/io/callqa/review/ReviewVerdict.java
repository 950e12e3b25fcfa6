package io.callqa.review;

import java.time.Instant;

/**
 * A reviewer's verdict on one automatic answer of one call: a flag reason (did the call deserve it?) or a scorecard
 * question's answer (was it right?). On a call of the calibration sample the reason is {@code CALIBRATION_SAMPLE}, and
 * disagreeing says the flags missed the call.
 *
 * @param itemId the reason code or the question's criterion id
 * @param automaticAnswer what the page showed: the reason code, or MET / NOT_MET / NOT_APPLICABLE
 * @param note the reviewer's words, may be null
 * @param reviewer may be null
 * @param source the file and line the verdict was read from, for audits
 */
public record ReviewVerdict(String callId, ItemKind itemKind, String itemId, String automaticAnswer, boolean agrees,
        String note, String reviewer, Instant reviewedAt, String source) {

    /** What the verdict is on, as the exported file names it. */
    public enum ItemKind {
        REASON("reason"), QUESTION("question");

        private final String label;

        ItemKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A call's verdict on one item replaces its earlier one: this identifies the item. */
    public String key() {
        return callId + "\u0000" + itemKind.label() + "\u0000" + itemId;
    }
}
