package io.callqa.rules;

import java.io.Serializable;

/**
 * How forgiving the matcher is of recognition errors; one setting per rule pack, so a pack's hash covers it.
 *
 * @param wordSimilarity how alike two words of five letters or more must be to count as the same word, from 0 to 1
 *     (1 - edit distance / length): 0.75 lets "reported" stand for "recorded"
 * @param wordsPerError per this many words of a phrase, one short word (three letters or fewer) may be missing,
 *     extra or different: "speak to her supervisor" for "speak to a supervisor"
 */
public record MatchSettings(double wordSimilarity, int wordsPerError, Negation negation) implements Serializable {
    public static final MatchSettings DEFAULT = new MatchSettings(0.75, 4, Negation.DEFAULT);

    public MatchSettings {
        if (!(wordSimilarity > 0 && wordSimilarity <= 1)) {
            throw new IllegalArgumentException(
                    "Cannot match phrases: word similarity must be above 0 and at most 1, got " + wordSimilarity);
        }
        if (wordsPerError < 1) {
            throw new IllegalArgumentException(
                    "Cannot match phrases: words per error must be at least 1, got " + wordsPerError);
        }
    }

    /** How many short words a phrase of {@code length} elements may get wrong. */
    int allowedErrors(int length) {
        return length / wordsPerError;
    }
}
