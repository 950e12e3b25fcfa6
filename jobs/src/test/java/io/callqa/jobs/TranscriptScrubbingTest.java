package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.nlp.PiiSpan;
import io.callqa.nlp.PiiType;
import io.callqa.nlp.RedactedText;
import io.callqa.tables.Tables;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class TranscriptScrubbingTest {
    @Test
    void replacesTheTextAndTheWordsInsideRedactedSpansButKeepsTheirTimings() {
        String[] words = {"i'm", "maria", "and", "my", "card", "is", "four", "two"};
        List<Row> wordRows = new ArrayList<>();
        for (int index = 0; index < words.length; index++) {
            wordRows.add(RowFactory.create(words[index], index * 500L, index * 500L + 400, 0.9));
        }
        Row transcript = RowFactory.create("c1", 3, "customer", 1.0, 1, 0L, 3900L, String.join(" ", words), 0.9,
                Rows.seq(wordRows), "model", Date.valueOf("2026-11-02"));
        // "maria" is characters 4–9; "four two" 25–33.
        RedactedText redacted = new RedactedText("i'm [NAME] and my card is [CARD]",
                List.of(new PiiSpan(PiiType.NAME, 4, 9), new PiiSpan(PiiType.CARD, 25, 33)));

        Row scrubbed = TranscriptScrubbing.scrub(transcript, redacted);

        assertThat(scrubbed.length()).isEqualTo(Tables.TRANSCRIPTS.schema().size());
        assertThat(scrubbed.getString(TranscriptScrubbing.TEXT)).isEqualTo("i'm [NAME] and my card is [CARD]");
        List<Row> scrubbedWords = scrubbed.getList(TranscriptScrubbing.WORDS);
        assertThat(scrubbedWords).extracting(word -> word.getString(0))
                .containsExactly("i'm", "[NAME]", "and", "my", "card", "is", "[CARD]", "[CARD]");
        assertThat(scrubbedWords).extracting(word -> word.getLong(1)).containsExactly(0L, 500L, 1000L, 1500L, 2000L,
                2500L, 3000L, 3500L);
    }
}
