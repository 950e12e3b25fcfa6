package io.callqa.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds a phrase in an utterance despite recognition errors, by aligning the phrase's words with a stretch of the
 * utterance's tokens (an edit distance over words rather than letters). Along the alignment a phrase word may meet
 * <ul>
 *   <li>a similar word ({@link WordSimilarity}): "reported" for "recorded";
 *   <li>two words spelling it exactly ("north wind" for "northwind"), or one word spelling two of its words
 *       ("mailbox" for "mail box");
 *   <li>nothing, or a different word, if it is short, and a short word may be extra: "quality young training" for
 *       "quality and training". These errors are limited by {@link MatchSettings#allowedErrors}.
 * </ul>
 * The alignment with the fewest errors wins, then the one with the most similar words. It holds no state between
 * calls, so threads may share it.
 */
final class PhraseAligner {
    /** Similarities are sums of fractions: compare them with a tolerance. */
    private static final double EPSILON = 1e-9;

    private final MatchSettings settings;
    private final WordSimilarity similarity;

    PhraseAligner(MatchSettings settings) {
        this.settings = settings;
        this.similarity = new WordSimilarity(settings.wordSimilarity());
    }

    /**
     * The best place the phrase is said in {@code text}, or empty.
     *
     * @param heedNegation skip places that a negation word shortly before turns around ("not recorded")
     */
    Optional<PhraseMatch> find(Phrase phrase, TokenizedText text, boolean heedNegation) {
        List<Token> tokens = text.tokens();
        if (!mayOccurIn(phrase, tokens)) {
            return Optional.empty();
        }
        Alignment alignment = new Alignment(phrase.length(), tokens.size());
        alignment.align(phrase.elements(), tokens);

        int allowedErrors = settings.allowedErrors(phrase.length());
        PhraseMatch best = null;
        int bestErrors = Integer.MAX_VALUE;
        for (int end = 1; end <= tokens.size(); end++) {
            int cell = alignment.cell(phrase.length(), end);
            int errors = alignment.errors[cell];
            int start = alignment.start[cell];
            if (errors > allowedErrors || start >= end
                    || (heedNegation && settings.negation().negates(tokens, start, end - 1, phrase))) {
                continue;
            }
            double matchSimilarity = alignment.similaritySum[cell] / alignment.steps[cell];
            if (best == null || errors < bestErrors
                    || (errors == bestErrors && matchSimilarity > best.similarity() + EPSILON)) {
                best = new PhraseMatch(start, end - 1, matchSimilarity);
                bestErrors = errors;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A quick test that rules out most phrases for most utterances before the alignment: a word longer than three
     * letters can be neither skipped nor swapped, so the phrase's longest word must meet a similar token, or a token
     * it is a compound of, or one that is its compound with a neighbour.
     */
    private boolean mayOccurIn(Phrase phrase, List<Token> tokens) {
        Token longest = null;
        for (PhraseElement element : phrase.elements()) {
            if (element instanceof PhraseElement.Word word && !word.token().isShort()
                    && (longest == null || word.token().text().length() > longest.text().length())) {
                longest = word.token();
            }
        }
        if (longest == null) {
            return true;
        }
        for (Token token : tokens) {
            if (similarity.of(longest, token) > 0 || longest.text().startsWith(token.text())
                    || token.text().contains(longest.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The table of best partial alignments: cell (i, j) holds the best way to match the phrase's first i elements
     * with tokens ending just before token j, starting anywhere (the phrase may be anywhere in the utterance).
     */
    private final class Alignment {
        private static final int UNREACHED = Integer.MAX_VALUE;

        private final int columns;
        private final int[] errors;
        private final double[] cost;
        private final double[] similaritySum;
        private final int[] steps;
        private final int[] start;

        Alignment(int elementCount, int tokenCount) {
            columns = tokenCount + 1;
            int cells = (elementCount + 1) * columns;
            errors = new int[cells];
            cost = new double[cells];
            similaritySum = new double[cells];
            steps = new int[cells];
            start = new int[cells];
            Arrays.fill(errors, UNREACHED);
            for (int column = 0; column < columns; column++) {
                errors[column] = 0;
                start[column] = column;
            }
        }

        int cell(int element, int token) {
            return element * columns + token;
        }

        void align(List<PhraseElement> elements, List<Token> tokens) {
            int elementCount = elements.size();
            int tokenCount = tokens.size();
            for (int element = 0; element < elementCount; element++) {
                for (int token = 0; token <= tokenCount; token++) {
                    int from = cell(element, token);
                    if (errors[from] == UNREACHED) {
                        continue;
                    }
                    PhraseElement phraseElement = elements.get(element);
                    if (phraseElement instanceof PhraseElement.Word word) {
                        alignWord(elements, element, word, tokens, token, from);
                    } else if (phraseElement instanceof PhraseElement.AnyNumber) {
                        if (token < tokenCount && tokens.get(token).isNumber()) {
                            step(from, element + 1, token + 1, 0, 1, 1);
                        }
                    } else if (phraseElement instanceof PhraseElement.AnyName name) {
                        for (int taken = 1; taken <= 2 && token + taken <= tokenCount; taken++) {
                            if (!name.accepts(tokens.get(token + taken - 1))) {
                                break;
                            }
                            step(from, element + 1, token + taken, 0, 1, 1);
                        }
                    }
                    // An extra short word inside the phrase, never before it: the phrase may start anywhere anyway.
                    if (element > 0 && token < tokenCount && tokens.get(token).isShort()) {
                        step(from, element, token + 1, 1, 0, 1);
                    }
                }
            }
        }

        private void alignWord(List<PhraseElement> elements, int element, PhraseElement.Word word, List<Token> tokens,
                int token, int from) {
            Token phraseWord = word.token();
            int tokenCount = tokens.size();
            if (token < tokenCount) {
                double wordSimilarity = similarity.of(phraseWord, tokens.get(token));
                if (wordSimilarity > 0) {
                    step(from, element + 1, token + 1, 0, wordSimilarity, 1);
                } else if (phraseWord.isShort()) {
                    step(from, element + 1, token + 1, 1, 0, 1);
                }
            }
            // Compounds must be spelt exactly: fuzzy spelling across them would let "i guarantee" match "guarantee".
            if (token + 1 < tokenCount
                    && phraseWord.text().equals(tokens.get(token).text() + tokens.get(token + 1).text())) {
                step(from, element + 1, token + 2, 0, 1, 1);
            }
            if (element + 1 < elements.size() && elements.get(element + 1) instanceof PhraseElement.Word next
                    && token < tokenCount && tokens.get(token).text().equals(phraseWord.text() + next.token().text())) {
                step(from, element + 2, token + 1, 0, 2, 2);
            }
            if (phraseWord.isShort()) {
                step(from, element + 1, token, 1, 0, 1);
            }
        }

        /**
         * Extends the alignment at {@code from} to cell (element, token) if that beats what the cell holds: fewer
         * errors, else a lower cost, else (equally good) a later start, so that "{name} speaking" in "northwind bank
         * david speaking" is "david speaking".
         */
        private void step(int from, int element, int token, int addedErrors, double addedSimilarity, int addedSteps) {
            int to = cell(element, token);
            int newErrors = errors[from] + addedErrors;
            double newCost = cost[from] + (addedSteps - addedSimilarity);
            boolean better = newErrors < errors[to]
                    || (newErrors == errors[to] && newCost < cost[to] - EPSILON)
                    || (newErrors == errors[to] && newCost <= cost[to] + EPSILON && start[from] > start[to]);
            if (better) {
                errors[to] = newErrors;
                cost[to] = newCost;
                similaritySum[to] = similaritySum[from] + addedSimilarity;
                steps[to] = steps[from] + addedSteps;
                start[to] = start[from];
            }
        }
    }
}
