package io.callqa.review;

import io.callqa.nlp.PiiType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where an utterance's personal data is heard: the redacted text ({@code utterances.text}) is its words with each piece
 * of personal data replaced by one placeholder, so aligning it with the timed words ({@code transcripts.words}) gives
 * the words, and so the time, each placeholder stands for.
 */
public final class PiiTimeSpans {
    private PiiTimeSpans() {}

    /**
     * The time spans of the words the placeholders in {@code redactedText} replaced. When the two do not align (the
     * call was transcribed again since it was analyzed), the whole utterance is returned if it holds any placeholder:
     * a tone too long is better than a card number heard.
     */
    public static List<TimeSpan> find(List<TimedWord> words, String redactedText) {
        String[] tokens = Arrays.stream(redactedText.trim().split("\\s+")).filter(token -> !token.isEmpty())
                .toArray(String[]::new);
        if (words.isEmpty() || Arrays.stream(tokens).noneMatch(PiiTimeSpans::isPlaceholder)) {
            return List.of();
        }
        Alignment alignment = new Alignment(tokens, words);
        if (!alignment.matches(0, 0)) {
            return List.of(new TimeSpan(words.get(0).startMs(), words.get(words.size() - 1).endMs()));
        }
        List<TimeSpan> spans = new ArrayList<>();
        int word = 0;
        for (int token = 0; token < tokens.length; token++) {
            if (!isPlaceholder(tokens[token])) {
                word++;
                continue;
            }
            // A placeholder takes as few words as still let the rest align: the shortest span that is certain.
            int end = word + 1;
            while (!alignment.matches(token + 1, end)) {
                end++;
            }
            spans.add(new TimeSpan(words.get(word).startMs(), words.get(end - 1).endMs()));
            word = end;
        }
        return List.copyOf(spans);
    }

    static boolean isPlaceholder(String token) {
        return Arrays.stream(PiiType.values()).anyMatch(type -> token.contains(type.placeholder()));
    }

    /** Whether tokens from {@code token} on can stand for words from {@code word} on; remembered, so quadratic. */
    private static final class Alignment {
        private final String[] tokens;
        private final List<TimedWord> words;
        private final Boolean[][] known;

        Alignment(String[] tokens, List<TimedWord> words) {
            this.tokens = tokens;
            this.words = words;
            this.known = new Boolean[tokens.length + 1][words.size() + 1];
        }

        boolean matches(int token, int word) {
            if (token == tokens.length) {
                return word == words.size();
            }
            if (word >= words.size()) {
                return false;
            }
            if (known[token][word] == null) {
                known[token][word] = isPlaceholder(tokens[token]) ? placeholderMatches(token, word)
                        : tokens[token].equals(words.get(word).text()) && matches(token + 1, word + 1);
            }
            return known[token][word];
        }

        /** A placeholder stands for one or more words; a word scrubbed from transcripts is the placeholder itself. */
        private boolean placeholderMatches(int token, int word) {
            for (int end = word + 1; end <= words.size(); end++) {
                if (matches(token + 1, end)) {
                    return true;
                }
            }
            return false;
        }
    }
}
