package io.callqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigitRunScannerTest {
    @Test
    void readsDigitsSaidOneByOne() {
        assertThat(digits("it's four five three two zero one five one")).containsExactly("45320151");
    }

    @Test
    void readsPairsDoublesTriplesAndHundreds() {
        assertThat(digits("forty five thirty two")).containsExactly("4532");
        assertThat(digits("double four triple seven")).containsExactly("44777");
        assertThat(digits("eight hundred five five five")).containsExactly("800555");
        assertThat(digits("one hundred twenty three")).containsExactly("123");
        assertThat(digits("five hundred and five")).containsExactly("505");
        assertThat(digits("nineteen eighty five")).containsExactly("1985");
    }

    @Test
    void joinsWrittenGroupsAndIgnoresSeparators() {
        assertThat(digits("4532 0151 1283 0366")).containsExactly("4532015112830366");
        assertThat(digits("(555) 123-4567")).containsExactly("5551234567");
        assertThat(digits("555.123.4567 or +44 7700 900123")).containsExactly("5551234567", "447700900123");
    }

    @Test
    void readsThroughHesitationsButNotThroughWords() {
        assertThat(digits("four five uh three two and then seven")).containsExactly("4532", "7");
    }

    @Test
    void takesOhAsZeroOnlyAmongDigits() {
        assertThat(digits("oh seven seven oh nine")).containsExactly("07709");
        assertThat(digits("oh i see")).isEmpty();
    }

    @Test
    void leavesOutTheCountInLastFour() {
        assertThat(digits("the last four are four two one seven")).containsExactly("4217");
        assertThat(digits("last four four two one seven")).containsExactly("4217");
    }

    private static List<String> digits(String text) {
        return DigitRunScanner.find(WordTokenizer.tokenize(text)).stream().map(DigitRun::digits).toList();
    }
}
