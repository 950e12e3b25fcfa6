package io.callqa.audio;

import io.callqa.rejects.RejectReason;

/** Audio that callqa cannot decode, with the reason code it is rejected under. */
public final class AudioFormatException extends Exception {
    private final RejectReason reason;

    public AudioFormatException(RejectReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
