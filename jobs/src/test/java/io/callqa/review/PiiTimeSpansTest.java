package io.callqa.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placing redacted words in time, from an utterance's timed words and its redacted text. */
class PiiTimeSpansTest {
    /** Word {@code i} of the text is said from {@code 1000 + 400 i} ms for 300 ms. */
    private static List<TimedWord> words(String text) {
        List<TimedWord> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            long start = 1_000 + 400L * words.size();
            words.add(new TimedWord(word, start, start + 300));
        }
        return words;
    }

    @Test
    void findsTheWordsEachPlaceholderReplaced() {
        List<TimedWord> words = words("my card is four five three two and my name is maria lopez thanks");

        assertThat(PiiTimeSpans.find(words, "my card is [CARD] and my name is [NAME] thanks")).containsExactly(
                new TimeSpan(2_200, 3_700), new TimeSpan(5_400, 6_100));
    }

    @Test
    void keepsAPlaceholderToItsOwnWordsWhenTheyRepeatTheText() {
        // "is" after the digits must not be swallowed: the placeholder takes the fewest words that still align.
        List<TimedWord> words = words("it is one two is it");

        assertThat(PiiTimeSpans.find(words, "it is [PHONE] is it")).containsExactly(new TimeSpan(1_800, 2_500));
    }

    @Test
    void readsScrubbedTranscriptsWhoseWordsArePlaceholders() {
        List<TimedWord> words = words("born on [DOB] [DOB] [DOB] ok");

        assertThat(PiiTimeSpans.find(words, "born on [DOB] ok")).containsExactly(new TimeSpan(1_800, 2_900));
    }

    @Test
    void findsNothingWithoutPlaceholders() {
        assertThat(PiiTimeSpans.find(words("hello there"), "hello there")).isEmpty();
        assertThat(PiiTimeSpans.find(List.of(), "[NAME]")).isEmpty();
    }

    @Test
    void tonesTheWholeUtteranceWhenTextAndWordsDisagree() {
        // Transcribed again after the analysis: the words no longer fit the redacted text.
        assertThat(PiiTimeSpans.find(words("a new transcript entirely"), "my name is [NAME]"))
                .containsExactly(new TimeSpan(1_000, 2_500));
    }
}
