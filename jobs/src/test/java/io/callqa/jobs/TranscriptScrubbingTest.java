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
import org.junit.jupiter.api.Test;

class TranscriptScrubbingTest {
    @Test
    void replacesTheTextAndTheWordsInsideRedactedSpansButKeepsTheirTimings() {
        String[] words = {"i'm", "maria", "and", "my", "card", "is", "four", "two"};
        List<Row> wordRows = new ArrayList<>();
        for (int index = 0; index < words.length; index++) {
            wordRows.add(Tables.TRANSCRIPTS.elementRow("words").set("word", words[index]).set("start_ms", index * 500L)
                    .set("end_ms", index * 500L + 400).set("confidence", 0.9).build());
        }
        Row transcript = Tables.TRANSCRIPTS.row().set("call_id", "c1").set("utterance_index", 3).set("role", "customer")
                .set("role_confidence", 1.0).set("channel", 1).set("start_ms", 0L).set("end_ms", 3900L)
                .set("text", String.join(" ", words)).set("confidence", 0.9).set("words", wordRows)
                .set("model", "model").set("call_date", Date.valueOf("2026-11-02")).build();
        // "maria" is characters 4–9; "four two" 25–33.
        RedactedText redacted = new RedactedText("i'm [NAME] and my card is [CARD]",
                List.of(new PiiSpan(PiiType.NAME, 4, 9), new PiiSpan(PiiType.CARD, 25, 33)));

        Row scrubbed = TranscriptScrubbing.scrub(transcript, redacted);

        assertThat(scrubbed.schema()).isEqualTo(Tables.TRANSCRIPTS.schema());
        assertThat(scrubbed.<String>getAs("text")).isEqualTo("i'm [NAME] and my card is [CARD]");
        assertThat(scrubbed.<Integer>getAs("utterance_index")).isEqualTo(3);
        List<Row> scrubbedWords = scrubbed.getList(scrubbed.fieldIndex("words"));
        assertThat(scrubbedWords).extracting(word -> word.<String>getAs("word"))
                .containsExactly("i'm", "[NAME]", "and", "my", "card", "is", "[CARD]", "[CARD]");
        assertThat(scrubbedWords).extracting(word -> word.<Long>getAs("start_ms")).containsExactly(0L, 500L, 1000L,
                1500L, 2000L, 2500L, 3000L, 3500L);
    }
}
