package io.callqa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callqa.manifest.ManifestException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the verdicts file the review queue page exports, and refusing a bad one with its file and lines. */
class VerdictCsvReaderTest {
    private static final String HEADER = String.join(",", VerdictCsvReader.COLUMNS) + "\r\n";

    @TempDir
    Path folder;

    @Test
    void readsEveryVerdictWithItsNoteAndSource() throws Exception {
        Path file = write("verdicts.csv", HEADER
                + "c-101,question,recording-disclosure,NOT_MET,agree,,Dana,2026-11-23T09:30:00.000Z\r\n"
                + "c-104,reason,ESCALATION,ESCALATION,Disagree,\"asked for a refund, not a supervisor\",Dana,"
                + "2026-11-23T09:31:00Z\r\n");

        List<ReviewVerdict> verdicts = VerdictCsvReader.read(file);

        assertThat(verdicts).containsExactly(
                new ReviewVerdict("c-101", ReviewVerdict.ItemKind.QUESTION, "recording-disclosure", "NOT_MET", true, null,
                        "Dana", Instant.parse("2026-11-23T09:30:00Z"), "verdicts.csv:2"),
                new ReviewVerdict("c-104", ReviewVerdict.ItemKind.REASON, "ESCALATION", "ESCALATION", false,
                        "asked for a refund, not a supervisor", "Dana", Instant.parse("2026-11-23T09:31:00Z"),
                        "verdicts.csv:3"));
    }

    @Test
    void refusesAFileWithBadRowsNamingEachLine() throws Exception {
        Path file = write("bad.csv", HEADER
                + "c-1,reason,LOW_SCORE,LOW_SCORE,agree,,,2026-11-23T09:30:00Z\r\n"
                + "c-2,reason,LOW_SCORE,LOW_SCORE,maybe,,,2026-11-23T09:30:00Z\r\n"
                + "c-3,answer,greeting,MET,agree,,,2026-11-23T09:30:00Z\r\n"
                + ",reason,LOW_SCORE,LOW_SCORE,agree,,,2026-11-23T09:30:00Z\r\n"
                + "c-5,reason,LOW_SCORE,LOW_SCORE,agree,,,yesterday\r\n"
                + "c-1,reason,LOW_SCORE,LOW_SCORE,disagree,,,2026-11-23T09:35:00Z\r\n"
                + "c-7,reason,LOW_SCORE\r\n");

        assertThatThrownBy(() -> VerdictCsvReader.read(file))
                .isInstanceOf(ManifestException.class)
                .hasMessageStartingWith("Cannot import verdicts: 6 bad row(s), nothing imported:")
                .hasMessageContaining(file + " line 3: verdict 'maybe' is neither agree nor disagree")
                .hasMessageContaining(file + " line 4: item_kind 'answer' is neither reason nor question")
                .hasMessageContaining(file + " line 5: call_id is empty")
                .hasMessageContaining(file + " line 6: reviewed_at 'yesterday' is not an ISO-8601 instant")
                .hasMessageContaining(file + " line 7: a second verdict on reason LOW_SCORE of call c-1 (the first is on line 2)")
                .hasMessageContaining(file + " line 8: expected 8 fields, found 3")
                .hasMessageNotContaining("line 2:");
    }

    @Test
    void refusesAFileThatIsNotTheExport() throws Exception {
        Path wrongHeader = write("other.csv", "call_id,verdict\r\nc-1,agree\r\n");

        assertThatThrownBy(() -> VerdictCsvReader.read(wrongHeader)).hasMessage("Cannot import verdicts from "
                + wrongHeader + ": missing columns [item_kind, item_id, automatic_answer, note, reviewer, reviewed_at]; "
                + "expected the header " + String.join(",", VerdictCsvReader.COLUMNS));
        assertThatThrownBy(() -> VerdictCsvReader.read(write("verdicts.json", "{}")))
                .hasMessageContaining("expected the .csv file the review queue page exports");
        assertThatThrownBy(() -> VerdictCsvReader.read(folder.resolve("missing.csv")))
                .hasMessageContaining("the file does not exist");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }
}
