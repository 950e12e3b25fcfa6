package io.callqa.transcribe;

import java.util.List;

/**
 * What one party said between two of the recognizer's end points.
 *
 * @param roleConfidence how likely the role is right: 1 when it comes from the channel of a stereo recording, less
 *     when the speaker model separated the voices of a mono one
 */
public record Utterance(Role role, int channel, long startMillis, long endMillis, List<Word> words,
        double roleConfidence) {
    public Utterance {
        words = List.copyOf(words);
    }

    /** An utterance whose role is known for certain (its own channel). */
    public Utterance(Role role, int channel, long startMillis, long endMillis, List<Word> words) {
        this(role, channel, startMillis, endMillis, words, 1.0);
    }

    public String text() {
        return String.join(" ", words.stream().map(Word::text).toList());
    }

    /** Mean word confidence. */
    public double confidence() {
        return words.stream().mapToDouble(Word::confidence).average().orElse(0);
    }
}
