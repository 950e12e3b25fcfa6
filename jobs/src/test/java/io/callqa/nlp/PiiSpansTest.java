package io.callqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PiiSpansTest {
    @Test
    void mergesAdjacentSpansOfOneType() {
        String text = "my name is maria gonzalez";
        List<PiiSpan> spans = PiiSpans.resolve(text, List.of(
                new PiiSpan(PiiType.NAME, 17, 25), new PiiSpan(PiiType.NAME, 11, 16)));

        assertThat(spans).containsExactly(new PiiSpan(PiiType.NAME, 11, 25));
        assertThat(PiiSpans.redact(text, spans)).isEqualTo("my name is [NAME]");
    }

    @Test
    void keepsAdjacentSpansOfDifferentTypesApart() {
        String text = "maria 555 123 4567";
        List<PiiSpan> spans = PiiSpans.resolve(text, List.of(
                new PiiSpan(PiiType.NAME, 0, 5), new PiiSpan(PiiType.PHONE, 6, 18)));

        assertThat(PiiSpans.redact(text, spans)).isEqualTo("[NAME] [PHONE]");
    }

    @Test
    void overlappingSpansTakeTheTypeOfTheLongest() {
        String text = "it's john dot smith at example dot com";
        List<PiiSpan> spans = PiiSpans.resolve(text, List.of(
                new PiiSpan(PiiType.NAME, 5, 19), new PiiSpan(PiiType.EMAIL, 5, 38)));

        assertThat(spans).containsExactly(new PiiSpan(PiiType.EMAIL, 5, 38));
        assertThat(PiiSpans.redact(text, spans)).isEqualTo("it's [EMAIL]");
    }

    @Test
    void doesNotMergeAcrossWords() {
        String text = "maria and john";
        List<PiiSpan> spans = PiiSpans.resolve(text, List.of(
                new PiiSpan(PiiType.NAME, 0, 5), new PiiSpan(PiiType.NAME, 10, 14)));

        assertThat(PiiSpans.redact(text, spans)).isEqualTo("[NAME] and [NAME]");
    }
}
