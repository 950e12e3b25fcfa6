package io.callqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.nlp.CallCenterUtterances.LabeledUtterance;
import org.junit.jupiter.api.Test;

/** The real rules and the real caseless named-entity model, loaded once for the whole test JVM. */
class PiiRedactorTest {
    /** Fixed so that the context-free birth-date rule does not move with the calendar. */
    private static final PiiRedactor REDACTOR = new PiiRedactor(2010);

    @Test
    void redactsCardNumbersWrittenAndSpoken() {
        assertRedacted("my card number is 4532 0151 1283 0366", "my card number is [CARD]");
        assertRedacted("it's 4532-0151-1283-0366", "it's [CARD]");
        assertRedacted("it's four five three two zero one five one one two eight three zero three six six",
                "it's [CARD]");
        assertRedacted("forty five thirty two oh one five one uh twelve eighty three oh three six six", "[CARD]");
    }

    @Test
    void keepsDigitStringsThatFailTheLuhnCheck() {
        assertRedacted("my order number is 1234 5678 9012 3456", "my order number is 1234 5678 9012 3456");
        assertRedacted("the tracking number is 4532015112830367", "the tracking number is 4532015112830367");
    }

    @Test
    void redactsACardNumberThatTheRecognizerGotWrongWhenTheCustomerSaysItIsACard() {
        // One digit misheard: the Luhn check fails, but the other fifteen digits are still the card.
        assertRedacted("my visa is four five three two zero one five one one two eight three zero three six seven",
                "my visa is [CARD]");
    }

    @Test
    void redactsTheLastFourDigitsOfACard() {
        assertRedacted("the card ending in four two one seven", "the card ending in [CARD]");
        assertRedacted("the last four digits of my card are 4217", "the last four digits of my card are [CARD]");
        assertRedacted("the last four of my social is six seven eight nine", "the last four of my social is [SSN]");
    }

    @Test
    void redactsTheSecurityCodeAndExpiryOfACard() {
        assertRedacted("the security code is four five six", "the security code is [CARD]");
        assertRedacted("the three digit code on the back is 456", "the three digit code on the back is [CARD]");
        assertRedacted("it expires oh four twenty seven", "it expires [CARD]");
    }

    @Test
    void redactsSocialSecurityNumbers() {
        assertRedacted("my social is 123-45-6789", "my social is [SSN]");
        assertRedacted("it's 123-45-6789", "it's [SSN]");
        assertRedacted("my social security number is one two three four five six seven eight nine",
                "my social security number is [SSN]");
        assertRedacted("it's one two three four five six seven eight nine", "it's [SSN]");
    }

    @Test
    void redactsPhoneNumbers() {
        assertRedacted("call me back on (555) 123-4567", "call me back on [PHONE]");
        assertRedacted("you can reach me at 555.123.4567", "you can reach me at [PHONE]");
        assertRedacted("my number is 555-1234", "my number is [PHONE]");
        assertRedacted("my phone number is five five five one two three four five six seven",
                "my phone number is [PHONE]");
        assertRedacted("it's eight hundred five five five double one two three", "it's [PHONE]");
        assertRedacted("call me on oh seven seven double oh nine one two three four five", "call me on [PHONE]");
    }

    @Test
    void redactsEmailAddresses() {
        assertRedacted("send it to maria.gonzalez@example.co.uk please", "send it to [EMAIL] please");
        assertRedacted("my email is john dot smith at example dot com", "my email is [EMAIL]");
        assertRedacted("it's jsmith eighty five at gmail dot com", "it's [EMAIL]");
        assertRedacted("it's john underscore doe at mail dot example dot org thanks", "it's [EMAIL] thanks");
    }

    @Test
    void keepsTheWordAtWhenNoAddressFollows() {
        assertRedacted("i'm at home right now", "i'm at home right now");
        assertRedacted("i will be at the store at nine", "i will be at the store at nine");
    }

    @Test
    void redactsDatesOfBirth() {
        assertRedacted("my date of birth is the fourth of march nineteen eighty five",
                "my date of birth is the [DOB]");
        assertRedacted("i was born on 03/04/1985", "i was born on [DOB]");
        assertRedacted("date of birth oh three oh four eighty five", "date of birth [DOB]");
        assertRedacted("i was born in nineteen eighty five", "i was born in [DOB]");
        assertRedacted("my birthday is july twenty second", "my birthday is [DOB]");
        // The answer to "can you confirm your date of birth" comes without the words.
        assertRedacted("yes it's march fourth nineteen eighty five", "yes it's [DOB]");
    }

    @Test
    void keepsOtherDates() {
        assertRedacted("the payment is due on the fourth of march", "the payment is due on the fourth of march");
        assertRedacted("your next bill will be on the first of april twenty twenty six",
                "your next bill will be on the first of april twenty twenty six");
        assertRedacted("the account was opened on 12/01/2023", "the account was opened on 12/01/2023");
    }

    @Test
    void redactsLowerCaseNames() {
        assertRedacted("my name is maria gonzalez", "my name is [NAME]");
        assertRedacted("hi this is sarah from northwind bank how can i help you",
                "hi this is [NAME] from northwind bank how can i help you");
        assertRedacted("my husband is john and he is the account holder",
                "my husband is [NAME] and he is the account holder");
    }

    @Test
    void redactsSpelledNames() {
        assertRedacted("my last name is g o n z a l e z", "my last name is [NAME]");
        assertRedacted("that's w i l l i a m", "that's [NAME]");
    }

    @Test
    void leavesTextWithoutPersonalDataUnchanged() {
        for (LabeledUtterance utterance : CallCenterUtterances.all()) {
            RedactedText redacted = REDACTOR.redact(utterance.text());

            assertThat(redacted.text()).as(utterance.text()).isEqualTo(utterance.text());
            assertThat(redacted.spans()).isEmpty();
        }
        assertRedacted("i would like to pay twenty five dollars", "i would like to pay twenty five dollars");
        assertRedacted("i have been on hold for forty five minutes", "i have been on hold for forty five minutes");
        assertRedacted("", "");
    }

    @Test
    void reportsSpansInTheOriginalText() {
        String text = "Hi, I'm Maria Gonzalez; call me at 555-123-4567 or maria@example.com.";

        RedactedText redacted = REDACTOR.redact(text);

        assertThat(redacted.text()).isEqualTo("Hi, I'm [NAME]; call me at [PHONE] or [EMAIL].");
        assertThat(redacted.spans()).extracting(PiiSpan::type)
                .containsExactly(PiiType.NAME, PiiType.PHONE, PiiType.EMAIL);
        assertThat(redacted.spans()).extracting(span -> text.substring(span.start(), span.end()))
                .containsExactly("Maria Gonzalez", "555-123-4567", "maria@example.com");
    }

    private static void assertRedacted(String text, String expected) {
        RedactedText redacted = REDACTOR.redact(text);

        assertThat(redacted.text()).as(text).isEqualTo(expected);
        for (PiiSpan span : redacted.spans()) {
            assertThat(span.start()).isBetween(0, span.end());
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
        }
    }
}
