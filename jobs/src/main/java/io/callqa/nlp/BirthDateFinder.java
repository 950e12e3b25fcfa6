package io.callqa.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dates of birth. Most dates in a call are not personal data (a payment date, a delivery day), so a date counts as a
 * birth date in two cases only:
 * <ul>
 *   <li>it follows "date of birth", "birth date", "birthday", "born" or "d o b" (a few filler words may sit between:
 *       "my date of birth is the fourth of march …"); then a year alone or digits said one by one also count;
 *   <li>it is complete (day, month and year) and its year is at least 16 years back: the usual answer to "can you
 *       confirm your date of birth", which arrives in the customer's next utterance without the words.
 * </ul>
 * A complete date long past that is not a birthday ("my first contract started on the first of june two thousand
 * five") is redacted too; that is the cheaper mistake.
 */
final class BirthDateFinder implements PiiFinder {
    private static final List<List<String>> TRIGGERS = List.of(
            List.of("date", "of", "birth"), List.of("birth", "date"), List.of("birthdate"), List.of("birthday"),
            List.of("born"), List.of("dob"), List.of("d.o.b"), List.of("d", "o", "b"));
    private static final Set<String> FILLERS = Set.of("is", "was", "it's", "its", "on", "in", "the", "of", "uh",
            "um", "er", "erm", "my", "it", "that's", "yes", "yeah", "so", "be", "would", "should", "i");
    private static final int MAX_FILLERS = 4;

    private final int latestBirthYear;

    /** @param latestBirthYear the latest year a complete date may have to count as a birth date without context */
    BirthDateFinder(int latestBirthYear) {
        this.latestBirthYear = latestBirthYear;
    }

    @Override
    public List<PiiSpan> find(String text, List<WordToken> tokens) {
        List<PiiSpan> spans = new ArrayList<>();
        for (int index = 0; index < tokens.size(); index++) {
            int after = afterTrigger(tokens, index);
            if (after >= 0) {
                addDateAfterTrigger(tokens, after, spans);
            }
        }
        for (int index = 0; index < tokens.size(); index++) {
            DateMention date = SpokenDates.read(tokens, index, false);
            if (date == null) {
                continue;
            }
            if (date.complete() && date.year() != null && date.year() >= 1900 && date.year() <= latestBirthYear) {
                spans.add(span(tokens, date.firstToken(), date.lastToken()));
            }
            index = date.lastToken();
        }
        return spans;
    }

    private static void addDateAfterTrigger(List<WordToken> tokens, int after, List<PiiSpan> spans) {
        int start = after;
        while (start < tokens.size() && start - after < MAX_FILLERS && FILLERS.contains(tokens.get(start).word())) {
            start++;
        }
        DateMention date = SpokenDates.read(tokens, start, true);
        if (date != null) {
            spans.add(span(tokens, date.firstToken(), date.lastToken()));
            return;
        }
        // "oh three oh four eighty five": a date said as digits.
        List<DigitRun> runs = DigitRunScanner.find(tokens.subList(start, tokens.size()));
        if (!runs.isEmpty()) {
            DigitRun first = runs.get(0);
            if (first.firstToken() == 0 && first.length() >= 4 && first.length() <= 8) {
                spans.add(span(tokens, start, start + first.lastToken()));
            }
        }
    }

    /** The index after the trigger phrase that starts at {@code index}, or -1. */
    private static int afterTrigger(List<WordToken> tokens, int index) {
        for (List<String> trigger : TRIGGERS) {
            if (index + trigger.size() > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int offset = 0; offset < trigger.size() && matches; offset++) {
                matches = tokens.get(index + offset).word().equals(trigger.get(offset));
            }
            if (matches) {
                return index + trigger.size();
            }
        }
        return -1;
    }

    private static PiiSpan span(List<WordToken> tokens, int first, int last) {
        return new PiiSpan(PiiType.DATE_OF_BIRTH, tokens.get(first).start(), tokens.get(last).end());
    }
}
