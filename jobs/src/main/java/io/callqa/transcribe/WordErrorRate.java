package io.callqa.transcribe;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.commons.text.similarity.SimilarityInput;

/** Word error rate: (substitutions + deletions + insertions) / reference words, by word-level edit distance. */
public final class WordErrorRate {
    /**
     * Contractions are written out on both sides: "you're" for "you are" is the same speech, and counting it as two
     * errors would measure spelling conventions rather than recognition.
     */
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("i'm", "i am"), Map.entry("you're", "you are"), Map.entry("we're", "we are"),
            Map.entry("they're", "they are"), Map.entry("that's", "that is"), Map.entry("it's", "it is"),
            Map.entry("there's", "there is"), Map.entry("what's", "what is"), Map.entry("you've", "you have"),
            Map.entry("i've", "i have"), Map.entry("we've", "we have"), Map.entry("i'll", "i will"),
            Map.entry("you'll", "you will"), Map.entry("we'll", "we will"), Map.entry("i'd", "i would"),
            Map.entry("can't", "can not"), Map.entry("cannot", "can not"), Map.entry("don't", "do not"),
            Map.entry("doesn't", "does not"), Map.entry("didn't", "did not"), Map.entry("won't", "will not"),
            Map.entry("isn't", "is not"), Map.entry("aren't", "are not"), Map.entry("let's", "let us"));

    private WordErrorRate() {}

    /** Lower case, apostrophes kept inside words, every other punctuation mark a space, contractions written out. */
    public static List<String> normalize(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").replaceAll("(^| )'|'( |$)", " ");
        return Arrays.stream(cleaned.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .flatMap(word -> Arrays.stream(CONTRACTIONS.getOrDefault(word, word).split(" ")))
                .toList();
    }

    /** Word-level edit distance between a reference and a hypothesis. */
    public static int errors(List<String> reference, List<String> hypothesis) {
        return LevenshteinDistance.getDefaultInstance().apply(new Words(reference), new Words(hypothesis));
    }

    /** The words of a text as the edit distance's sequence: it compares elements with equals, here whole words. */
    private record Words(List<String> words) implements SimilarityInput<String> {
        @Override
        public String at(int index) {
            return words.get(index);
        }

        @Override
        public int length() {
            return words.size();
        }
    }

    public static double of(String reference, String hypothesis) {
        List<String> referenceWords = normalize(reference);
        return referenceWords.isEmpty() ? 0 : (double) errors(referenceWords, normalize(hypothesis)) / referenceWords.size();
    }
}
