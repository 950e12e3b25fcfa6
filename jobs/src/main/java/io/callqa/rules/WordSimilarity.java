package io.callqa.rules;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike a phrase word and a recognized word are, from 0 to 1. Equal words or equal lemmas score 1; otherwise the
 * edit distance decides, but only for words of five letters or more: among short words one letter is the difference
 * between "bank" and "band", "ship" and a swear word, and numbers must be exactly right.
 */
final class WordSimilarity {
    private static final int MINIMUM_FUZZY_LETTERS = 5;

    private final double threshold;

    WordSimilarity(double threshold) {
        this.threshold = threshold;
    }

    /** The similarity, or 0 when it is below the threshold. */
    double of(Token phraseWord, Token spoken) {
        if (phraseWord.text().equals(spoken.text()) || phraseWord.lemma().equals(spoken.lemma())) {
            return 1;
        }
        double textSimilarity = ofSpelling(phraseWord.text(), spoken.text());
        boolean lemmasDiffer = !phraseWord.lemma().equals(phraseWord.text()) || !spoken.lemma().equals(spoken.text());
        return lemmasDiffer ? Math.max(textSimilarity, ofSpelling(phraseWord.lemma(), spoken.lemma())) : textSimilarity;
    }

    /** The similarity of two spellings, or 0 when it is below the threshold. */
    private double ofSpelling(String phraseWord, String spoken) {
        if (phraseWord.equals(spoken)) {
            return 1;
        }
        int longer = Math.max(phraseWord.length(), spoken.length());
        int allowedEdits = (int) Math.floor((1 - threshold) * longer + 1e-9);
        if (Math.min(phraseWord.length(), spoken.length()) < MINIMUM_FUZZY_LETTERS
                || Math.abs(phraseWord.length() - spoken.length()) > allowedEdits || hasDigit(phraseWord)
                || hasDigit(spoken)) {
            return 0;
        }
        int edits = LevenshteinDistance.getDefaultInstance().apply(phraseWord, spoken);
        return edits <= allowedEdits ? 1 - (double) edits / longer : 0;
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }
}
