package io.callqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void lowerCasesAndDropsPunctuationButKeepsApostrophesInsideWords() {
        assertThat(tokenizer.tokenize("Hi, I'd like to CANCEL -- now!").words())
                .containsExactly("hi", "i'd", "like", "to", "cancel", "now");
        assertThat(tokenizer.tokenize("\u2018don\u2019t\u2019 'quoted'").words()).containsExactly("don't", "quoted");
    }

    @Test
    void givesEachWordItsLemma() {
        assertThat(tokenizer.tokenize("calls recorded refunded cancelled has").tokens())
                .extracting(Token::lemma)
                .containsExactly("call", "record", "refund", "cancel", "have");
    }

    @Test
    void readsSpokenDigitsAsOneNumber() {
        TokenizedText text = tokenizer.tokenize("the card ending in four two one seven now");

        assertThat(texts(text)).containsExactly("the", "card", "ending", "in", "4217", "now");
        assertThat(text.wordsOf(4, 4)).isEqualTo("four two one seven");
        assertThat(text.tokens().get(5).firstWord()).isEqualTo(8);
    }

    @Test
    void readsYearsAmountsAndDigitStringsTheWayTheyAreSpoken() {
        assertThat(number("nineteen eighty five")).isEqualTo("1985");
        assertThat(number("nineteen ninety")).isEqualTo("1990");
        assertThat(number("twenty twenty five")).isEqualTo("2025");
        assertThat(number("two thousand five")).isEqualTo("2005");
        assertThat(number("thirty five")).isEqualTo("35");
        assertThat(number("one hundred twenty three")).isEqualTo("123");
        assertThat(number("five hundred thousand")).isEqualTo("500000");
        assertThat(number("twelve")).isEqualTo("12");
        assertThat(number("zero four")).isEqualTo("04");
        assertThat(number("4 2 1 7")).isEqualTo("4217");
        assertThat(number("4217")).isEqualTo("4217");
    }

    @Test
    void findsTheYearInARecognizedDateOfBirth() {
        assertThat(texts(tokenizer.tokenize("it's a fourth of march nineteen eighty five")))
                .containsExactly("it's", "a", "fourth", "of", "march", "1985");
    }

    @Test
    void leavesAnEmptyUtteranceEmpty() {
        assertThat(tokenizer.tokenize(" ,. ").tokens()).isEmpty();
    }

    private String number(String spoken) {
        return tokenizer.tokenize(spoken).tokens().get(0).text();
    }

    private static List<String> texts(TokenizedText text) {
        return text.tokens().stream().map(Token::text).toList();
    }
}
