package io.callqa.rules;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Words that turn a phrase around when they come shortly before it: "this call is not recorded" must not pass as a
 * recording disclosure, nor "i don't want to cancel" as a wish to cancel. "no" is not one of them by default: "no,
 * just cancel it" is still a cancellation.
 *
 * @param window how many tokens before a phrase are searched for a negation word
 */
public record Negation(Set<String> words, int window) implements Serializable {
    public static final Negation DEFAULT = new Negation(Set.of(
            "not", "never", "don't", "dont", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't",
            "isn't", "aren't", "wasn't", "weren't", "shouldn't", "haven't", "hasn't", "nobody"), 3);

    public Negation {
        words = Set.copyOf(words);
        if (window < 0) {
            throw new IllegalArgumentException("Cannot look for negations: the window is negative (" + window + ")");
        }
    }

    /**
     * Whether a phrase matched on tokens {@code firstToken} to {@code lastToken} is turned around: by a negation word
     * among the {@link #window} tokens before it, or by one the match let in for a word of the phrase ("call won't be
     * recorded" for "call may be recorded").
     */
    boolean negates(List<Token> tokens, int firstToken, int lastToken, Phrase phrase) {
        for (int index = Math.max(0, firstToken - window); index < firstToken; index++) {
            if (words.contains(tokens.get(index).text())) {
                return true;
            }
        }
        for (int index = firstToken; index <= lastToken; index++) {
            String text = tokens.get(index).text();
            if (words.contains(text) && !phrase.hasWord(text)) {
                return true;
            }
        }
        return false;
    }
}
