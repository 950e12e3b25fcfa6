package io.callqa.rules;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an utterance (or a rule's phrase) into tokens: lower case, punctuation removed, a lemma per word, and spoken
 * numbers read as digits. Phrases and utterances go through the same steps, so "Four" in a phrase and "4" in a
 * transcript meet as the same token.
 *
 * <p>Not thread-safe: CoreNLP's {@link Morphology} keeps state between calls. Use one tokenizer per thread.
 */
final class Tokenizer {
    private final Morphology morphology = new Morphology();

    TokenizedText tokenize(String text) {
        List<String> words = words(text);
        List<Token> tokens = new ArrayList<>(words.size());
        int index = 0;
        while (index < words.size()) {
            int end = index;
            while (end < words.size() && NumberWords.isNumberWord(words.get(end))) {
                end++;
            }
            if (end > index) {
                String digits = NumberWords.digits(words.subList(index, end));
                tokens.add(new Token(digits, digits, index, end - 1));
                index = end;
            } else {
                String word = words.get(index);
                tokens.add(new Token(word, morphology.stem(word), index, index));
                index++;
            }
        }
        return new TokenizedText(words, tokens);
    }

    /** Letters, digits and inner apostrophes ("don't", "i'd") make words; everything else separates them. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lowerCase = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int index = 0; index <= lowerCase.length(); index++) {
            char character = index < lowerCase.length() ? lowerCase.charAt(index) : ' ';
            if (Character.isLetterOrDigit(character) || character == '\'') {
                word.append(character);
            } else if (!word.isEmpty()) {
                addWord(words, word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    private static void addWord(List<String> words, String word) {
        int start = 0;
        int end = word.length();
        while (start < end && word.charAt(start) == '\'') {
            start++;
        }
        while (end > start && word.charAt(end - 1) == '\'') {
            end--;
        }
        if (start < end) {
            words.add(word.substring(start, end));
        }
    }
}
