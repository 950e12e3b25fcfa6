package io.callqa.audio;

/**
 * A recording that ends before its header says it does, or part way through a frame (a recorder that crashed, a copy
 * cut short): what is there is decoded and transcribed, and the call is listed in {@code rejects} as a warning.
 *
 * @param declaredMillis the length the file's header declares, or {@link #UNKNOWN} when the format has none (Ogg, MP3)
 */
public record Truncation(long declaredMillis, long decodedMillis) {
    public static final long UNKNOWN = -1;

    public String message() {
        return declaredMillis == UNKNOWN
                ? String.format("Cannot decode all of the audio: the stream breaks off after %s; transcribed up to there",
                        Durations.describe(decodedMillis))
                : String.format("Cannot decode all of the audio: the header declares %s but the file ends after %s; "
                        + "transcribed up to there", Durations.describe(declaredMillis), Durations.describe(decodedMillis));
    }
}
