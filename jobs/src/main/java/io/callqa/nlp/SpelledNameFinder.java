package io.callqa.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names spelled out letter by letter ("my last name is g o n z a l e z", "that's w i l l i a m"), which the
 * named-entity model does not see as words. Two letters are enough after a word about names or spelling; elsewhere
 * it takes four, not all the same, so that "i i i mean" and a two-letter abbreviation stay. Spelled reference codes
 * are redacted as names too: the cheaper mistake.
 */
final class SpelledNameFinder implements PiiFinder {
    private static final Set<String> CONTEXT_WORDS = Set.of("name", "surname", "spell", "spelled", "spelt",
            "spelling");
    private static final int WORDS_BEFORE = 4;
    private static final int MIN_LETTERS_AFTER_CONTEXT = 2;
    private static final int MIN_LETTERS = 4;

    @Override
    public List<PiiSpan> find(String text, List<WordToken> tokens) {
        List<PiiSpan> spans = new ArrayList<>();
        int index = 0;
        while (index < tokens.size()) {
            int end = index;
            while (end < tokens.size() && isLetter(tokens.get(end).word())) {
                end++;
            }
            int letters = end - index;
            if (letters >= MIN_LETTERS_AFTER_CONTEXT && followsContext(tokens, index)
                    || letters >= MIN_LETTERS && !allSame(tokens.subList(index, end))) {
                spans.add(new PiiSpan(PiiType.NAME, tokens.get(index).start(), tokens.get(end - 1).end()));
            }
            index = Math.max(end, index + 1);
        }
        return spans;
    }

    private static boolean isLetter(String word) {
        return word.length() == 1 && Character.isLetter(word.charAt(0));
    }

    private static boolean allSame(List<WordToken> letters) {
        return letters.stream().map(WordToken::word).distinct().count() == 1;
    }

    private static boolean followsContext(List<WordToken> tokens, int index) {
        for (int before = index - 1; before >= Math.max(0, index - WORDS_BEFORE); before--) {
            if (CONTEXT_WORDS.contains(tokens.get(before).word())) {
                return true;
            }
        }
        return false;
    }
}
