package io.callqa.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits a text at spaces into pieces of at most a given number of words, as evenly as possible. */
final class WordChunks {
    private WordChunks() {}

    /**
     * Even pieces rather than full ones followed by a remainder: 41 words become 21 and 20, not 40 and 1, because a
     * one-word piece gets a sentiment of its own that says little and still weighs in.
     */
    static List<String> split(String text, int maxWords) {
        if (maxWords < 1) {
            throw new IllegalArgumentException("Cannot split text into chunks: maxWords is " + maxWords);
        }
        String[] words = text.strip().split("\\s+");
        if (words.length <= maxWords) {
            return List.of(text.strip());
        }
        int chunkCount = (words.length + maxWords - 1) / maxWords;
        List<String> chunks = new ArrayList<>(chunkCount);
        int start = 0;
        for (int chunk = 0; chunk < chunkCount; chunk++) {
            int end = (int) ((long) words.length * (chunk + 1) / chunkCount);
            chunks.add(String.join(" ", Arrays.asList(words).subList(start, end)));
            start = end;
        }
        return List.copyOf(chunks);
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
