package io.callqa.nlp;

import java.util.Map;

/** The English words for numbers as a recognizer writes them: "oh" for zero, "twenty four" as two words. */
final class NumberWords {
    /** "oh" and "o" are zero only among other digits; {@link DigitRunScanner} takes care of that. */
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("oh", 0), Map.entry("o", 0), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Map<String, Integer> TEENS = Map.ofEntries(
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.ofEntries(
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));

    private NumberWords() {}

    /** 0 to 9, or null. */
    static Integer unit(String word) {
        return UNITS.get(word);
    }

    /** 1 to 9 without the spoken zeros, which never follow a ten ("twenty oh" is not a number). */
    static Integer nonZeroUnit(String word) {
        Integer unit = UNITS.get(word);
        return unit == null || unit == 0 ? null : unit;
    }

    static boolean isSpokenZero(String word) {
        return word.equals("oh") || word.equals("o");
    }

    /** 10 to 19, or null. */
    static Integer teen(String word) {
        return TEENS.get(word);
    }

    /** 20, 30 … 90, or null. */
    static Integer tens(String word) {
        return TENS.get(word);
    }

    /** "first" … "nineteenth", "twentieth", "thirtieth", or null; "twenty first" is a ten and an ordinal. */
    static Integer ordinal(String word) {
        return ORDINALS.get(word);
    }
}
