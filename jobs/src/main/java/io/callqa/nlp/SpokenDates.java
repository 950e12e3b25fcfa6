package io.callqa.nlp;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date at a given word: "the fourth of march nineteen eighty five", "march fourth eighty five", "4 march
 * 1985", "03/04/1985", "march nineteen eighty five" and, where the caller allows it, a year alone ("born in nineteen
 * eighty five").
 */
final class SpokenDates {
    private static final Pattern WRITTEN_DATE = Pattern.compile("(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{2,4})");
    private static final Pattern WRITTEN_DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WRITTEN_SHORT_YEAR = Pattern.compile("\\d{2}");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    private SpokenDates() {}

    /** The date starting at {@code index} (a leading "the" is skipped and not part of it), or null. */
    static DateMention read(List<WordToken> tokens, int index, boolean yearAloneIsADate) {
        if (index < tokens.size() && tokens.get(index).word().equals("the")) {
            index++;
        }
        if (index >= tokens.size()) {
            return null;
        }
        Matcher written = WRITTEN_DATE.matcher(tokens.get(index).word());
        if (written.matches()) {
            Integer year = fullYear(written.group(1));
            return new DateMention(index, index, true, year != null ? year : fullYear(written.group(3)));
        }
        DateMention dayFirst = dayThenMonth(tokens, index);
        if (dayFirst != null) {
            return dayFirst;
        }
        DateMention monthFirst = monthThenDay(tokens, index);
        if (monthFirst != null) {
            return monthFirst;
        }
        if (yearAloneIsADate) {
            Number year = year(tokens, index);
            if (year != null && year.fourDigits()) {
                return new DateMention(index, year.next() - 1, false, year.value());
            }
        }
        return null;
    }

    /** "the fourth of march [nineteen eighty five]", "4 march 1985". */
    private static DateMention dayThenMonth(List<WordToken> tokens, int index) {
        Number day = day(tokens, index);
        if (day == null) {
            return null;
        }
        int monthIndex = day.next();
        if (monthIndex < tokens.size() && tokens.get(monthIndex).word().equals("of")) {
            monthIndex++;
        }
        if (monthIndex >= tokens.size() || !MONTHS.containsKey(tokens.get(monthIndex).word())) {
            return null;
        }
        Number year = year(tokens, monthIndex + 1);
        return year == null
                ? new DateMention(index, monthIndex, false, null)
                : new DateMention(index, year.next() - 1, true, year.fourDigits() ? year.value() : null);
    }

    /** "march fourth [nineteen eighty five]", "march the fourth", "march nineteen eighty five". */
    private static DateMention monthThenDay(List<WordToken> tokens, int index) {
        if (!MONTHS.containsKey(tokens.get(index).word())) {
            return null;
        }
        int dayIndex = index + 1;
        if (dayIndex < tokens.size() && tokens.get(dayIndex).word().equals("the")) {
            dayIndex++;
        }
        Number day = day(tokens, dayIndex);
        if (day != null) {
            Number year = year(tokens, day.next());
            return year == null
                    ? new DateMention(index, day.next() - 1, false, null)
                    : new DateMention(index, year.next() - 1, true, year.fourDigits() ? year.value() : null);
        }
        Number year = year(tokens, index + 1);
        if (year != null && year.fourDigits()) {
            return new DateMention(index, year.next() - 1, false, year.value());
        }
        return null;
    }

    /** A day of the month, 1 to 31: "fourth", "twenty first", "four", "twenty four", "4", "4th". */
    private static Number day(List<WordToken> tokens, int index) {
        if (index >= tokens.size()) {
            return null;
        }
        String word = tokens.get(index).word();
        String following = index + 1 < tokens.size() ? tokens.get(index + 1).word() : "";
        Matcher written = WRITTEN_DAY.matcher(word);
        Number day = null;
        if (written.matches()) {
            day = new Number(Integer.parseInt(written.group(1)), index + 1, false);
        } else if (NumberWords.ordinal(word) != null) {
            day = new Number(NumberWords.ordinal(word), index + 1, false);
        } else if (word.equals("twenty") || word.equals("thirty")) {
            Integer ordinal = NumberWords.ordinal(following);
            Integer unit = NumberWords.nonZeroUnit(following);
            int tens = NumberWords.tens(word);
            if (ordinal != null && ordinal < 10) {
                day = new Number(tens + ordinal, index + 2, false);
            } else if (unit != null) {
                day = new Number(tens + unit, index + 2, false);
            } else {
                day = new Number(tens, index + 1, false);
            }
        } else if (NumberWords.nonZeroUnit(word) != null) {
            day = new Number(NumberWords.nonZeroUnit(word), index + 1, false);
        } else if (NumberWords.teen(word) != null) {
            day = new Number(NumberWords.teen(word), index + 1, false);
        }
        return day != null && day.value() >= 1 && day.value() <= 31 ? day : null;
    }

    /**
     * A year: "1985", "85", "nineteen eighty five", "nineteen oh five", "two thousand and three", "twenty twenty",
     * "eighty five". Two-digit years count as dates only after a day and month, where nothing else fits.
     */
    private static Number year(List<WordToken> tokens, int index) {
        if (index >= tokens.size()) {
            return null;
        }
        String word = tokens.get(index).word();
        if (WRITTEN_YEAR.matcher(word).matches()) {
            Integer year = fullYear(word);
            return year == null ? null : new Number(year, index + 1, true);
        }
        if (WRITTEN_SHORT_YEAR.matcher(word).matches()) {
            return new Number(Integer.parseInt(word), index + 1, false);
        }
        if (word.equals("two") && index + 1 < tokens.size() && tokens.get(index + 1).word().equals("thousand")) {
            int next = index + 2;
            if (next < tokens.size() && tokens.get(next).word().equals("and")) {
                next++;
            }
            Number rest = twoDigits(tokens, next);
            if (rest == null && next < tokens.size() && NumberWords.nonZeroUnit(tokens.get(next).word()) != null) {
                rest = new Number(NumberWords.nonZeroUnit(tokens.get(next).word()), next + 1, false);
            }
            return rest == null
                    ? new Number(2000, index + 2, true)
                    : new Number(2000 + rest.value(), rest.next(), true);
        }
        Integer century = word.equals("nineteen") ? Integer.valueOf(1900) : word.equals("twenty") ? 2000 : null;
        if (century != null) {
            Number rest = twoDigits(tokens, index + 1);
            if (rest != null) {
                return new Number(century + rest.value(), rest.next(), true);
            }
        }
        return twoDigits(tokens, index);
    }

    /** 10 to 99 as said in a year: "eighty five", "twelve", "oh five" (5). */
    private static Number twoDigits(List<WordToken> tokens, int index) {
        if (index >= tokens.size()) {
            return null;
        }
        String word = tokens.get(index).word();
        String following = index + 1 < tokens.size() ? tokens.get(index + 1).word() : "";
        if (NumberWords.teen(word) != null) {
            return new Number(NumberWords.teen(word), index + 1, false);
        }
        if (NumberWords.tens(word) != null) {
            Integer unit = NumberWords.nonZeroUnit(following);
            return unit == null
                    ? new Number(NumberWords.tens(word), index + 1, false)
                    : new Number(NumberWords.tens(word) + unit, index + 2, false);
        }
        if (NumberWords.isSpokenZero(word) && NumberWords.nonZeroUnit(following) != null) {
            return new Number(NumberWords.nonZeroUnit(following), index + 2, false);
        }
        return null;
    }

    private static Integer fullYear(String digits) {
        if (!WRITTEN_YEAR.matcher(digits).matches()) {
            return null;
        }
        int year = Integer.parseInt(digits);
        return year >= 1900 && year <= 2099 ? year : null;
    }

    /**
     * @param next the index of the first token after the number
     * @param fourDigits whether a year was said in full
     */
    private record Number(int value, int next, boolean fourDigits) {}
}
