package io.callqa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding phrases in what the recognizer heard. */
class PhraseAlignerTest {
    private final Tokenizer tokenizer = new Tokenizer();
    private final PhraseAligner aligner = new PhraseAligner(MatchSettings.DEFAULT);

    @Test
    void findsTheGreetingInARecognizedOpening() {
        String opening = "and you for calling north when bank this is sarah this call may be reported for quality and "
                + "training vertices how can i help";

        assertThat(matchedWords("for calling {company}", opening)).contains("for calling north");
        assertThat(matchedWords("this is {name}", opening)).contains("this is sarah");
        assertThat(matchedWords("call may be recorded", opening)).contains("call may be reported");
    }

    @Test
    void forgivesAMisheardShortWordInALongerPhrase() {
        assertThat(matchedWords("recorded for quality and training purposes",
                "recorded for quality young training purposes"))
                .contains("recorded for quality young training purposes");
        assertThat(matchedWords("speak to a supervisor", "that's not fair i want to speak to her supervisor"))
                .contains("speak to her supervisor");
        assertThat(matchedWords("call may be recorded", "this call may recorded")).contains("call may recorded");
    }

    @Test
    void forgivesNoShortWordInAPhraseOfFewerWordsThanWordsPerError() {
        assertThat(matchedWords("may be recorded", "this call may recorded")).isEmpty();
    }

    @Test
    void neverForgivesAMissingOrDifferentLongWord() {
        assertThat(matchedWords("i want to cancel", "i want to go home")).isEmpty();
        assertThat(matchedWords("thank you for calling {company}", "and you for calling northwind bank")).isEmpty();
    }

    @Test
    void scoresAMisheardLongWordBelowOne() {
        Optional<PhraseMatch> match = find("may be recorded", "this call may be reported");

        assertThat(match).isPresent();
        assertThat(match.get().similarity()).isCloseTo((1 + 1 + 0.75) / 3, offset(1e-9));
        assertThat(find("may be recorded", "this call may be recorded").get().similarity()).isEqualTo(1);
    }

    @Test
    void letsTheWordSimilarityBeTuned() {
        PhraseAligner strict = new PhraseAligner(new MatchSettings(0.9, 4, Negation.DEFAULT));

        assertThat(strict.find(phrase("may be recorded"), tokenizer.tokenize("this call may be reported"), true))
                .isEmpty();
    }

    @Test
    void takesShortWordsOnlyAsSpelt() {
        assertThat(matchedWords("northwind bank", "northwind band")).isEmpty();
        assertThat(matchedWords("damn", "let me check the damage")).isEmpty();
    }

    @Test
    void matchesCompoundsSpeltApartOrTogether() {
        assertThat(matchedWords("northwind bank", "thank you for calling north wind bank")).contains("north wind bank");
        assertThat(matchedWords("mail box", "i left it in your mailbox")).contains("mailbox");
        assertThat(matchedWords("postcode", "could i have your post code")).contains("post code");
        assertThat(matchedWords("i guarantee", "i can't guarantee that")).isEmpty();
    }

    @Test
    void matchesNumbersSpokenOrWrittenAndNothingElseForNumberPlaceholders() {
        assertThat(matchedWords("last four digits", "what are the last 4 digits")).contains("last 4 digits");
        assertThat(matchedWords("last {number} digits", "the last four digits of your card"))
                .contains("last four digits");
        assertThat(matchedWords("born in {number}", "i was born in nineteen eighty five"))
                .contains("born in nineteen eighty five");
        assertThat(matchedWords("march {number}", "it's a fourth of march nineteen eighty five"))
                .contains("march nineteen eighty five");
        assertThat(matchedWords("card ending in {number}", "the card ending in april")).isEmpty();
        assertThat(matchedWords("card ending in 4217", "the card ending in four two one eight")).isEmpty();
    }

    @Test
    void takesOnlyWordsThatCouldBeANameForANamePlaceholder() {
        assertThat(matchedWords("{name} speaking", "northwind bank david speaking")).contains("david speaking");
        assertThat(matchedWords("{name} speaking", "who am i speaking to")).isEmpty();
    }

    @Test
    void ignoresAPhraseThatANegationTurnsAround() {
        assertThat(matchedWords("recorded", "this call is not recorded")).isEmpty();
        assertThat(matchedWords("want to cancel", "i don't want to cancel")).isEmpty();
        assertThat(matchedWords("call may be recorded", "this call won't be recorded")).isEmpty();
        assertThat(matchedWords("just cancel it", "no thanks please just cancel it")).contains("just cancel it");
        assertThat(matchedWords("call may be recorded", "i'm not sure but this call may be recorded"))
                .contains("call may be recorded");
        assertThat(matchedWords("not fair", "that's not fair")).contains("not fair");
    }

    @Test
    void findsANegatedPhraseWhenTheRuleIgnoresNegation() {
        assertThat(aligner.find(phrase("stupid"), tokenizer.tokenize("don't be stupid"), false)).isPresent();
    }

    @Test
    void prefersTheClosestOfSeveralPlaces() {
        Optional<PhraseMatch> match =
                find("call may be recorded", "this call may be reported and this call may be recorded");

        assertThat(match.get().firstToken()).isEqualTo(7);
        assertThat(match.get().similarity()).isEqualTo(1);
    }

    private Optional<String> matchedWords(String phrase, String utterance) {
        TokenizedText text = tokenizer.tokenize(utterance);
        return aligner.find(phrase(phrase), text, true)
                .map(match -> text.wordsOf(match.firstToken(), match.lastToken()));
    }

    private Optional<PhraseMatch> find(String phrase, String utterance) {
        return aligner.find(phrase(phrase), tokenizer.tokenize(utterance), true);
    }

    private Phrase phrase(String text) {
        return Phrase.parse(text, tokenizer);
    }
}
