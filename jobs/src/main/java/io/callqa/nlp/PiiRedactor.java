package io.callqa.nlp;

import static java.util.Objects.requireNonNull;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces personal data in an utterance with placeholders ({@link PiiType#placeholder()}): card, social security
 * and phone numbers, e-mail addresses, dates of birth and person names, whether written ("4532 0151 …",
 * john@example.com, 03/04/1985) or as a recognizer writes speech ("four five three two …", "john dot smith at
 * example dot com", "the fourth of march nineteen eighty five"). Each finder's rules and their trade-offs are
 * described on the finder; overlapping finds become one span (see {@link PiiSpans#resolve}).
 *
 * <p>Names need CoreNLP's named-entity model, shared per JVM (see {@link NlpPipelines}); the rest are rules over
 * words. Cheap to create after the first time; safe to use from many threads.
 *
 * <p>The redactor sees one utterance at a time. What the words of another utterance would reveal — digits read out
 * in the answer to the agent's question, a card number split over two utterances — is caught only where the digits
 * themselves say enough (length, Luhn check, date shape).
 */
public final class PiiRedactor {
    /** A complete date at least this many years back may be a birth date even when nobody says so. */
    private static final int YOUNGEST_CALLER_AGE = 16;

    private final List<PiiFinder> finders;

    public PiiRedactor() {
        this(Year.now().getValue() - YOUNGEST_CALLER_AGE);
    }

    /**
     * @param latestBirthYear the latest year in which a complete date counts as a birth date without words around
     *     it that say so; fixed in tests so that they do not change with the calendar
     */
    PiiRedactor(int latestBirthYear) {
        this.finders = List.of(
                new DigitSequenceFinder(),
                new EmailFinder(),
                new BirthDateFinder(latestBirthYear),
                new SpelledNameFinder(),
                new PersonNameFinder(NlpPipelines.personNames()));
    }

    public RedactedText redact(String text) {
        requireNonNull(text, "text is null");
        if (text.isBlank()) {
            return new RedactedText(text, List.of());
        }
        List<WordToken> tokens = WordTokenizer.tokenize(text);
        List<PiiSpan> found = new ArrayList<>();
        for (PiiFinder finder : finders) {
            found.addAll(finder.find(text, tokens));
        }
        List<PiiSpan> spans = PiiSpans.resolve(text, found);
        return new RedactedText(PiiSpans.redact(text, spans), spans);
    }
}
