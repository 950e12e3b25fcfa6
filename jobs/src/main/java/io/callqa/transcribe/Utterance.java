package io.callqa.transcribe;

import java.util.List;

/** What one party said between two of the recognizer's end points. */
public record Utterance(Role role, int channel, long startMillis, long endMillis, List<Word> words) {
    public Utterance {
        words = List.copyOf(words);
    }

    public String text() {
        return String.join(" ", words.stream().map(Word::text).toList());
    }

    /** Mean word confidence. */
    public double confidence() {
        return words.stream().mapToDouble(Word::confidence).average().orElse(0);
    }
}
