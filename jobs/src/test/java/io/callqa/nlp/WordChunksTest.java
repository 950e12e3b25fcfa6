package io.callqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordChunksTest {
    @Test
    void keepsAShortTextWhole() {
        assertThat(WordChunks.split("  thank you so much ", 40)).containsExactly("thank you so much");
    }

    @Test
    void splitsEvenlyRatherThanLeavingARemainder() {
        List<String> chunks = WordChunks.split(words(41), 40);

        assertThat(chunks).hasSize(2);
        assertThat(chunks).extracting(WordChunks::wordCount).containsExactly(20, 21);
        assertThat(String.join(" ", chunks)).isEqualTo(words(41));
    }

    @Test
    void neverExceedsTheLimit() {
        for (int count = 1; count <= 200; count++) {
            List<String> chunks = WordChunks.split(words(count), 40);

            assertThat(chunks).extracting(WordChunks::wordCount).allMatch(size -> size >= 1 && size <= 40);
            assertThat(chunks).hasSize((count + 39) / 40);
            assertThat(String.join(" ", chunks)).isEqualTo(words(count));
        }
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThatThrownBy(() -> WordChunks.split("a b", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot split text into chunks: maxWords is 0");
    }

    private static String words(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(index -> "w" + index).collect(Collectors.joining(" "));
    }
}
