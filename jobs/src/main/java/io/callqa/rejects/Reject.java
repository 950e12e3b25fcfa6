package io.callqa.rejects;

import java.util.Objects;

/**
 * One input that a stage could not process.
 *
 * @param callId the call, or null when the manifest row had none
 * @param source where the input came from, for example {@code calls.csv:7} (file and line)
 * @param inputReference the audio URI or other input the stage tried to read, or null
 */
public record Reject(String callId, String source, String stage, RejectReason reason, String message,
        String inputReference) {
    public Reject {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
