package io.callqa.speakers;

/**
 * A stretch of a mono recording that one voice is taken to have said (an utterance, or part of one cut at a pause),
 * with its words and its voiceprint.
 *
 * @param voiceprint null when the stretch was too short for the speaker model
 */
public record VoicedSegment(long startMillis, long endMillis, String text, Voiceprint voiceprint) {
    public long durationMillis() {
        return endMillis - startMillis;
    }
}
