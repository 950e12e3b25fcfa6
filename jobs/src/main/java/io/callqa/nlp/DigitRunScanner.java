package io.callqa.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds runs of digits in an utterance. People read numbers out one digit at a time, in pairs ("forty five thirty
 * two"), with "double" and "triple", with hundreds ("eight hundred"), and hesitate in the middle ("four five uh
 * three two"); a run is every such group in a row, so a card number read out in four blocks is one run of 16
 * digits. Written digits join the same way, with or without separators (4532-0151, 555.123.4567, (555) 123).
 */
final class DigitRunScanner {
    private static final Pattern WRITTEN_DIGITS = Pattern.compile("\\+?\\d+([-.]\\d+)*");
    /** Hesitations and spoken separators inside a run: they neither end it nor belong to it at its edges. */
    private static final Set<String> INSIDE_A_RUN = Set.of("uh", "um", "er", "erm", "ah", "hmm", "dash", "hyphen");
    /** "the last four digits", "the first six": here the number counts digits and is not one of them. */
    private static final Set<String> DIGIT_COUNT_INTRODUCERS = Set.of("last", "first");
    private static final Set<String> DIGIT_COUNTS = Set.of("four", "4", "six", "6", "two", "2", "three", "3");

    private DigitRunScanner() {}

    static List<DigitRun> find(List<WordToken> tokens) {
        List<DigitRun> runs = new ArrayList<>();
        int index = 0;
        while (index < tokens.size()) {
            if (isDigitCount(tokens, index)) {
                index++;
                continue;
            }
            Group group = group(tokens, index);
            if (group == null) {
                index++;
                continue;
            }
            StringBuilder digits = new StringBuilder(group.digits());
            boolean onlySpokenZeros = group.spokenZero();
            int first = index;
            int last = group.next() - 1;
            int next = group.next();
            while (true) {
                int candidate = next;
                while (candidate < tokens.size() && INSIDE_A_RUN.contains(tokens.get(candidate).word())) {
                    candidate++;
                }
                Group following = group(tokens, candidate);
                if (following == null) {
                    break;
                }
                digits.append(following.digits());
                onlySpokenZeros &= following.spokenZero();
                last = following.next() - 1;
                next = following.next();
            }
            // "oh" alone is an exclamation and "o" alone a letter; they are zeros only among other digits.
            if (!onlySpokenZeros) {
                runs.add(new DigitRun(first, last, digits.toString()));
            }
            index = next;
        }
        return List.copyOf(runs);
    }

    private static boolean isDigitCount(List<WordToken> tokens, int index) {
        return index > 0
                && DIGIT_COUNT_INTRODUCERS.contains(tokens.get(index - 1).word())
                && DIGIT_COUNTS.contains(tokens.get(index).word());
    }

    /** The digits of one group starting at {@code index}, or null when no number starts there. */
    private static Group group(List<WordToken> tokens, int index) {
        if (index >= tokens.size()) {
            return null;
        }
        String word = tokens.get(index).word();
        if (WRITTEN_DIGITS.matcher(word).matches()) {
            return new Group(word.replaceAll("\\D", ""), index + 1, false);
        }
        String following = index + 1 < tokens.size() ? tokens.get(index + 1).word() : "";
        if (word.equals("double") || word.equals("triple")) {
            String digit = singleDigit(following);
            return digit == null ? null : new Group(digit.repeat(word.equals("double") ? 2 : 3), index + 2, false);
        }
        Integer unit = NumberWords.unit(word);
        if (unit != null) {
            if (following.equals("hundred") && unit > 0) {
                return hundreds(tokens, unit, index + 2);
            }
            return new Group(Integer.toString(unit), index + 1, NumberWords.isSpokenZero(word));
        }
        Integer teen = NumberWords.teen(word);
        if (teen != null) {
            return new Group(Integer.toString(teen), index + 1, false);
        }
        Integer tens = NumberWords.tens(word);
        if (tens != null) {
            Integer ones = NumberWords.nonZeroUnit(following);
            return ones == null
                    ? new Group(Integer.toString(tens), index + 1, false)
                    : new Group(Integer.toString(tens + ones), index + 2, false);
        }
        return null;
    }

    /**
     * "eight hundred" is 800, "one hundred twenty three" 123, "five hundred and five" 505 — but "eight hundred five
     * five five" is 800 followed by 555: read out digit by digit, a single digit after "hundred" is the next digit.
     */
    private static Group hundreds(List<WordToken> tokens, int hundreds, int index) {
        int next = index;
        boolean and = next < tokens.size() && tokens.get(next).word().equals("and");
        if (and) {
            next++;
        }
        String word = next < tokens.size() ? tokens.get(next).word() : "";
        String following = next + 1 < tokens.size() ? tokens.get(next + 1).word() : "";
        Integer rest = null;
        int after = next + 1;
        if (NumberWords.teen(word) != null) {
            rest = NumberWords.teen(word);
        } else if (NumberWords.tens(word) != null) {
            rest = NumberWords.tens(word);
            Integer ones = NumberWords.nonZeroUnit(following);
            if (ones != null) {
                rest += ones;
                after++;
            }
        } else if (and && NumberWords.nonZeroUnit(word) != null) {
            rest = NumberWords.nonZeroUnit(word);
        }
        if (rest == null) {
            return new Group(hundreds + "00", index, false);
        }
        return new Group(Integer.toString(hundreds * 100 + rest), after, false);
    }

    private static String singleDigit(String word) {
        Integer unit = NumberWords.unit(word);
        if (unit != null) {
            return Integer.toString(unit);
        }
        return word.length() == 1 && Character.isDigit(word.charAt(0)) ? word : null;
    }

    /**
     * @param next the index of the first token after the group
     * @param spokenZero whether the group is a lone "oh" or "o"
     */
    private record Group(String digits, int next, boolean spokenZero) {}
}
