package io.callqa.rules;

import java.util.List;
import java.util.Map;

/**
 * Reads spoken numbers as digits, the way people say card digits, years and amounts on the phone: "four two one
 * seven" is 4217, "nineteen eighty five" is 1985, "thirty five" is 35, "two thousand five" is 2005. A run of number
 * words is read as consecutive groups whose digits are written one after the other, which is how digit strings and
 * years are spoken.
 */
final class NumberWords {
    private static final Map<String, Integer> UNITS = Map.of(
            "zero", 0, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8,
            "nine", 9);
    private static final Map<String, Integer> TEENS = Map.of(
            "ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14, "fifteen", 15, "sixteen", 16,
            "seventeen", 17, "eighteen", 18, "nineteen", 19);
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);

    private NumberWords() {}

    /** Whether {@code word} is part of a spoken or written number. */
    static boolean isNumberWord(String word) {
        return isDigits(word) || UNITS.containsKey(word) || TEENS.containsKey(word) || TENS.containsKey(word)
                || word.equals("hundred") || word.equals("thousand");
    }

    /** The digits of a run of words for which {@link #isNumberWord} holds. */
    static String digits(List<String> run) {
        StringBuilder digits = new StringBuilder();
        Group group = new Group();
        for (String word : run) {
            if (!group.accepts(word)) {
                digits.append(group.digits());
                group = new Group();
            }
            group.add(word);
        }
        return digits.append(group.digits()).toString();
    }

    private static boolean isDigits(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /** One number said as one: "thirty five", "one hundred and twenty", "two thousand five"; or written digits. */
    private static final class Group {
        private enum Last { NOTHING, UNIT, TEEN, TENS, HUNDRED, THOUSAND, DIGITS }

        private Last last = Last.NOTHING;
        private long total;
        private long current;
        private String writtenDigits;

        boolean accepts(String word) {
            if (last == Last.NOTHING) {
                return true;
            }
            if (last == Last.DIGITS || isDigits(word)) {
                return false;
            }
            boolean afterMultiplier = last == Last.HUNDRED || last == Last.THOUSAND;
            if (UNITS.containsKey(word)) {
                return afterMultiplier || last == Last.TENS;
            }
            if (TEENS.containsKey(word) || TENS.containsKey(word)) {
                return afterMultiplier;
            }
            if (word.equals("hundred")) {
                return (last == Last.UNIT || last == Last.TEEN || last == Last.TENS) && current < 100;
            }
            // "thousand": once per number
            return total == 0;
        }

        void add(String word) {
            if (isDigits(word)) {
                writtenDigits = word;
                last = Last.DIGITS;
            } else if (UNITS.containsKey(word)) {
                current += UNITS.get(word);
                last = Last.UNIT;
            } else if (TEENS.containsKey(word)) {
                current += TEENS.get(word);
                last = Last.TEEN;
            } else if (TENS.containsKey(word)) {
                current += TENS.get(word);
                last = Last.TENS;
            } else if (word.equals("hundred")) {
                current = Math.max(current, 1) * 100;
                last = Last.HUNDRED;
            } else {
                total += Math.max(current, 1) * 1000;
                current = 0;
                last = Last.THOUSAND;
            }
        }

        String digits() {
            return last == Last.DIGITS ? writtenDigits : Long.toString(total + current);
        }
    }
}
