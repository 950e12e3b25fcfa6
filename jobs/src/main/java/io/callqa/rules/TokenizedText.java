package io.callqa.rules;

import java.util.List;

/**
 * An utterance as the matcher reads it.
 *
 * @param words the utterance's words, lower case and without punctuation, as said (number words spelt out)
 * @param tokens what phrases are aligned with: one per word, except that a run of number words is one token
 */
public record TokenizedText(List<String> words, List<Token> tokens) {
    public TokenizedText {
        words = List.copyOf(words);
        tokens = List.copyOf(tokens);
    }

    /** The words tokens {@code first} to {@code last} (inclusive) were read from, as said. */
    public String wordsOf(int firstToken, int lastToken) {
        int firstWord = tokens.get(firstToken).firstWord();
        int lastWord = tokens.get(lastToken).lastWord();
        return String.join(" ", words.subList(firstWord, lastWord + 1));
    }
}
