package io.callqa.jobs;

import io.callqa.nlp.PiiSpan;
import io.callqa.nlp.RedactedText;
import io.callqa.tables.Tables;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Rewrites a transcripts row with its personal data replaced, for installations that keep no unredacted text: the
 * text becomes the redacted text, and every word inside a redacted span becomes the span's placeholder (its timing
 * stays, so talk-time analysis still works).
 */
final class TranscriptScrubbing {
    static final int TEXT = Tables.TRANSCRIPTS.schema().fieldIndex("text");
    static final int WORDS = Tables.TRANSCRIPTS.schema().fieldIndex("words");

    private TranscriptScrubbing() {}

    static Row scrub(Row transcript, RedactedText redacted) {
        Object[] values = new Object[transcript.length()];
        for (int index = 0; index < values.length; index++) {
            values[index] = transcript.get(index);
        }
        values[TEXT] = redacted.text();
        List<Row> words = transcript.getList(WORDS);
        List<Row> scrubbed = new ArrayList<>(words.size());
        // The utterance text is its words joined by single spaces, so a word's characters follow from the lengths.
        int offset = 0;
        for (Row word : words) {
            String text = word.getString(0);
            String placeholder = placeholderOver(redacted.spans(), offset, offset + text.length());
            scrubbed.add(RowFactory.create(placeholder == null ? text : placeholder, word.get(1), word.get(2), word.get(3)));
            offset += text.length() + 1;
        }
        values[WORDS] = Rows.seq(scrubbed);
        return RowFactory.create(values);
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
