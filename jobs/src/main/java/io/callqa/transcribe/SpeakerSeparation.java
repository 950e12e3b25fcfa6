package io.callqa.transcribe;

/**
 * How a call's roles were found.
 *
 * @param method {@code none} (a stereo recording's channels, or a mono one left unseparated) or {@code model} (the
 *     speaker model's voiceprints)
 * @param voices voices the speaker model found: 1, 2, or 3 for more than two; null when it did not run
 */
public record SpeakerSeparation(String method, Integer voices) {
    public static final SpeakerSeparation NONE = new SpeakerSeparation("none", null);

    public static SpeakerSeparation byModel(int voices) {
        return new SpeakerSeparation("model", voices);
    }

    public boolean byModel() {
        return voices != null;
    }
}
