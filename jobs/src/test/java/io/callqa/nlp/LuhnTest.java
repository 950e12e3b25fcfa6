package io.callqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuhnTest {
    @Test
    void acceptsCardNumbersWithTheirCheckDigit() {
        assertThat(Luhn.isValid("4532015112830366")).isTrue();
        assertThat(Luhn.isValid("4111111111111111")).isTrue();
        assertThat(Luhn.isValid("378282246310005")).isTrue();
        assertThat(Luhn.isValid("6011111111111117")).isTrue();
    }

    @Test
    void rejectsAnyOtherDigitString() {
        assertThat(Luhn.isValid("4532015112830367")).isFalse();
        assertThat(Luhn.isValid("1234567890123456")).isFalse();
        assertThat(Luhn.isValid("")).isFalse();
        assertThat(Luhn.isValid("4532 0151")).isFalse();
    }
}
