package io.callqa.rejects;

import java.util.Objects;

/**
 * One input that a stage could not process, or processed with a warning.
 *
 * @param callId the call, or null when the manifest row had none
 * @param source where the input came from, for example {@code calls.csv:7} (file and line)
 * @param inputReference the audio URI or other input the stage tried to read, or null
 * @param warning the call was still processed (a recording cut short, an agent not in the roster)
 */
public record Reject(String callId, String source, String stage, RejectReason reason, String message,
        String inputReference, boolean warning) {
    public Reject {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** A reject proper: the call is not in the stage's output. */
    public Reject(String callId, String source, String stage, RejectReason reason, String message,
            String inputReference) {
        this(callId, source, stage, reason, message, inputReference, false);
    }

    /** The same, as a warning: the call was processed all the same. */
    public Reject asWarning() {
        return new Reject(callId, source, stage, reason, message, inputReference, true);
    }
}
