package io.callqa.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text at white space, the only separator recognizer output has. Punctuation around a word is dropped, so
 * typed text works too ("(555)", "1985." and "card," are 555, 1985 and card); punctuation inside a word stays,
 * because it carries the shape of what is written: 123-45-6789, 03/04/1985, john.smith@example.com.
 */
final class WordTokenizer {
    private static final Pattern NON_SPACE = Pattern.compile("\\S+");
    private static final String LEADING_PUNCTUATION = "\"'([{<";
    private static final String TRAILING_PUNCTUATION = ".,;:!?\"')]}>";

    private WordTokenizer() {}

    static List<WordToken> tokenize(String text) {
        List<WordToken> tokens = new ArrayList<>();
        Matcher matcher = NON_SPACE.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            while (start < end && LEADING_PUNCTUATION.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            while (end > start && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (start < end) {
                tokens.add(new WordToken(text.substring(start, end).toLowerCase(Locale.ROOT), start, end));
            }
        }
        return List.copyOf(tokens);
    }
}
