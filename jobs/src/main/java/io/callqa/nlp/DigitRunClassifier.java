package io.callqa.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a run of digits is a card number, a social security number, a phone number or none of these, from
 * its length, its check digits, how it is written and the words around it.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>13 to 19 digits are a card only when the Luhn check passes, so order and tracking numbers stay readable —
 *       unless the customer says it is a card: a recognizer that mishears one digit breaks the check, and the other
 *       fifteen digits must not stay in the text because of it. Near a card word, 8 to 19 digits are a card (a
 *       number read out in halves arrives in two utterances).
 *   <li>"ending in four two one seven", "the last four digits are …": four digits after these phrases are card data,
 *       or SSN data next to "social". PCI DSS would allow showing a card's last four, but here they are what the
 *       agent verifies the caller with (the identity-verification rule), so they are a secret of the call.
 *   <li>Three to six digits after "security code", "cvv" or "expiry" are card data: the security code must never
 *       be stored at all (PCI DSS), and the expiry date completes the card.
 *   <li>Nine digits are an SSN when written 123-45-6789, said next to "social", or when they could be one at all
 *       (area not 000, 666 or 9xx; group not 00; serial not 0000). The answer to "what is your social" usually comes
 *       in the next utterance without the word, so an unexplained nine-digit number is redacted as an SSN; a
 *       nine-digit account number is redacted too, which is the cheaper mistake.
 *   <li>Ten digits, eleven starting with 1 or 0, or eleven to thirteen after "+" or "plus" are phone numbers;
 *       seven digits only when written 555-1234 or said next to a phone word.
 * </ul>
 */
final class DigitRunClassifier {
    /** How far the words that say what a number is may stand from it ("my credit card number is …"). */
    private static final int WORDS_BEFORE = 8;
    private static final int WORDS_AFTER = 4;

    private static final Map<String, PiiType> CONTEXT_WORDS = Map.ofEntries(
            Map.entry("card", PiiType.CARD), Map.entry("visa", PiiType.CARD), Map.entry("mastercard", PiiType.CARD),
            Map.entry("amex", PiiType.CARD), Map.entry("credit", PiiType.CARD), Map.entry("debit", PiiType.CARD),
            Map.entry("social", PiiType.SSN), Map.entry("ssn", PiiType.SSN),
            Map.entry("phone", PiiType.PHONE), Map.entry("telephone", PiiType.PHONE), Map.entry("cell", PiiType.PHONE),
            Map.entry("mobile", PiiType.PHONE), Map.entry("landline", PiiType.PHONE), Map.entry("call", PiiType.PHONE),
            Map.entry("reach", PiiType.PHONE), Map.entry("callback", PiiType.PHONE), Map.entry("fax", PiiType.PHONE));
    private static final Set<String> ENDING_WORDS = Set.of("ending", "ends");
    private static final Set<String> CARD_DETAIL_WORDS = Set.of("cvv", "cvc", "csc", "cv2", "expiry", "expires",
            "expiration");
    /** Words before "code" that make it a card's security code ("the three digit code on the back"). */
    private static final Set<String> SECURITY_CODE_WORDS = Set.of("security", "verification", "digit");
    private static final int CARD_DETAIL_WORDS_BEFORE = 6;

    private static final Pattern WRITTEN_SSN = Pattern.compile("\\d{3}[- ]\\d{2}[- ]\\d{4}");
    private static final Pattern WRITTEN_LOCAL_PHONE = Pattern.compile("\\d{3}[-. ]\\d{4}");

    private DigitRunClassifier() {}

    /** The kind of personal data, or null when the number is none. */
    static PiiType classify(DigitRun run, List<WordToken> tokens, String text) {
        int length = run.length();
        String written = text.substring(tokens.get(run.firstToken()).start(), tokens.get(run.lastToken()).end());
        PiiType context = nearestContext(run, tokens);
        boolean lastFour = length == 4 && followsLastFourPhrase(run, tokens);

        if (context == PiiType.SSN && (length == 9 || length == 4)) {
            return PiiType.SSN;
        }
        if (context == PiiType.CARD && (length >= 8 && length <= 19 || lastFour)) {
            return PiiType.CARD;
        }
        if (length >= 3 && length <= 6 && followsCardDetailWords(run, tokens)) {
            return PiiType.CARD;
        }
        if (length >= 13 && length <= 19 && Luhn.isValid(run.digits())) {
            return PiiType.CARD;
        }
        if (lastFour) {
            return PiiType.CARD;
        }
        if (context == PiiType.PHONE && length >= 7 && length <= 13) {
            return PiiType.PHONE;
        }
        if (length == 9 && (WRITTEN_SSN.matcher(written).matches() || couldBeSocialSecurityNumber(run.digits()))) {
            return PiiType.SSN;
        }
        if (length == 10 || length == 11 && (run.digits().startsWith("1") || run.digits().startsWith("0"))) {
            return PiiType.PHONE;
        }
        boolean international = written.startsWith("+")
                || run.firstToken() > 0 && tokens.get(run.firstToken() - 1).word().equals("plus");
        if (length >= 11 && length <= 13 && international) {
            return PiiType.PHONE;
        }
        if (length == 7 && WRITTEN_LOCAL_PHONE.matcher(written).matches()) {
            return PiiType.PHONE;
        }
        return null;
    }

    /** The kind named by the closest context word before the run, else after it, else null. */
    private static PiiType nearestContext(DigitRun run, List<WordToken> tokens) {
        for (int index = run.firstToken() - 1; index >= Math.max(0, run.firstToken() - WORDS_BEFORE); index--) {
            PiiType type = contextAt(tokens, index);
            if (type != null) {
                return type;
            }
        }
        int lastAfter = Math.min(tokens.size() - 1, run.lastToken() + WORDS_AFTER);
        for (int index = run.lastToken() + 1; index <= lastAfter; index++) {
            PiiType type = contextAt(tokens, index);
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    private static PiiType contextAt(List<WordToken> tokens, int index) {
        String word = tokens.get(index).word();
        // "s s n" is how a recognizer writes the spelled abbreviation.
        if (word.equals("n") && index >= 2 && tokens.get(index - 1).word().equals("s")
                && tokens.get(index - 2).word().equals("s")) {
            return PiiType.SSN;
        }
        return CONTEXT_WORDS.get(word);
    }

    /** "ending in" or "ends with" right before the run, or "last four" among the words before it. */
    private static boolean followsLastFourPhrase(DigitRun run, List<WordToken> tokens) {
        for (int index = run.firstToken() - 1; index >= Math.max(0, run.firstToken() - WORDS_BEFORE); index--) {
            String word = tokens.get(index).word();
            if (ENDING_WORDS.contains(word) && index >= run.firstToken() - 3) {
                return true;
            }
            if ((word.equals("four") || word.equals("4")) && index > 0 && tokens.get(index - 1).word().equals("last")) {
                return true;
            }
        }
        return false;
    }

    private static boolean followsCardDetailWords(DigitRun run, List<WordToken> tokens) {
        int from = Math.max(0, run.firstToken() - CARD_DETAIL_WORDS_BEFORE);
        for (int index = run.firstToken() - 1; index >= from; index--) {
            String word = tokens.get(index).word();
            if (CARD_DETAIL_WORDS.contains(word)) {
                return true;
            }
            if (word.equals("code") && index > 0 && SECURITY_CODE_WORDS.contains(tokens.get(index - 1).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean couldBeSocialSecurityNumber(String digits) {
        String area = digits.substring(0, 3);
        return !area.equals("000") && !area.equals("666") && digits.charAt(0) != '9'
                && !digits.startsWith("00", 3) && !digits.startsWith("0000", 5);
    }
}
