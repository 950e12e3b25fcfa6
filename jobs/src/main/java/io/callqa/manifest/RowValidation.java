package io.callqa.manifest;

import io.callqa.rejects.RejectReason;

/** A manifest row that is not usable, with the reason it is rejected under. */
final class RowValidation extends Exception {
    /** Key under which a reader records that a row could not even be parsed. */
    static final String UNPARSEABLE = "\u0000unparseable";

    private final RejectReason reason;

    RowValidation(RejectReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    RejectReason reason() {
        return reason;
    }
}
