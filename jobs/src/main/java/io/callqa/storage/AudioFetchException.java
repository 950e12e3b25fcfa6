package io.callqa.storage;

import io.callqa.rejects.RejectReason;

/** Audio that could not be fetched, with the reason it is rejected under. */
public final class AudioFetchException extends Exception {
    private final RejectReason reason;

    public AudioFetchException(RejectReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
