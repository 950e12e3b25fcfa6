package io.callqa.line;

import java.util.List;

/** A call's channels as the recognizer should hear them, and what was taken out. */
public record CleanedAudio(List<short[]> channels, LineReport report) {
    public CleanedAudio {
        channels = List.copyOf(channels);
    }
}
