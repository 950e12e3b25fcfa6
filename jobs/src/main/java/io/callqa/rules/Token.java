package io.callqa.rules;

import java.io.Serializable;

/**
 * A normalized word, or a run of number words read as one number ("four two one seven" is {@code 4217}).
 *
 * @param text lower case, without punctuation; digits for a number
 * @param lemma the dictionary form ("recorded" is "record"), so a different tense or plural still matches
 * @param firstWord the first of the words this token was read from (an index into {@link TokenizedText#words()})
 * @param lastWord the last of them, inclusive
 */
public record Token(String text, String lemma, int firstWord, int lastWord) implements Serializable {
    /** Words of up to three letters ("a", "to", "her"): the ones a recognizer most often drops, adds or swaps. */
    private static final int SHORT_WORD_LETTERS = 3;

    public boolean isNumber() {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    public boolean isShort() {
        return !isNumber() && text.length() <= SHORT_WORD_LETTERS;
    }
}
