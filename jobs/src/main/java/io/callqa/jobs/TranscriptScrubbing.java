package io.callqa.jobs;

import io.callqa.nlp.PiiSpan;
import io.callqa.nlp.RedactedText;
import io.callqa.tables.RowBuilder;
import io.callqa.tables.Tables;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Rewrites a transcripts row with its personal data replaced, for installations that keep no unredacted text: the
 * text becomes the redacted text, and every word inside a redacted span becomes the span's placeholder (its timing
 * stays, so talk-time analysis still works).
 */
final class TranscriptScrubbing {
    private TranscriptScrubbing() {}

    static Row scrub(Row transcript, RedactedText redacted) {
        RowBuilder scrubbed = Tables.TRANSCRIPTS.row();
        for (String column : Tables.TRANSCRIPTS.schema().fieldNames()) {
            scrubbed.set(column, transcript.getAs(column));
        }
        List<Row> words = transcript.getList(transcript.fieldIndex("words"));
        List<Row> scrubbedWords = new ArrayList<>(words.size());
        // The utterance text is its words joined by single spaces, so a word's characters follow from the lengths.
        int offset = 0;
        for (Row word : words) {
            String text = word.getAs("word");
            String placeholder = placeholderOver(redacted.spans(), offset, offset + text.length());
            scrubbedWords.add(Tables.TRANSCRIPTS.elementRow("words")
                    .set("word", placeholder == null ? text : placeholder)
                    .set("start_ms", word.getAs("start_ms"))
                    .set("end_ms", word.getAs("end_ms"))
                    .set("confidence", word.getAs("confidence"))
                    .build());
            offset += text.length() + 1;
        }
        return scrubbed.set("text", redacted.text()).set("words", scrubbedWords).build();
    }

    private static String placeholderOver(List<PiiSpan> spans, int start, int end) {
        for (PiiSpan span : spans) {
            if (span.start() < end && start < span.end()) {
                return span.type().placeholder();
            }
        }
        return null;
    }
}
