package io.callqa.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Rows are built by column name and checked against the table's definition as they are built. */
class RowBuilderTest {
    @Test
    void buildsARowWhoseValuesAreInTheColumnsTheyWereSetFor() {
        Row reject = reject().build();

        assertThat(reject.schema()).isEqualTo(Tables.REJECTS.schema());
        assertThat(reject.<String>getAs("reason")).isEqualTo("AUDIO_NOT_FOUND");
        assertThat(reject.<String>getAs("message")).isEqualTo("Cannot read audio calls/c1.wav: no such file");
        assertThat(reject.<String>getAs("stage")).isEqualTo("transcribe");
        assertThat(reject.<Object>getAs("input_reference")).isNull();
    }

    @Test
    void refusesAMisspeltColumn() {
        assertThatThrownBy(() -> reject().set("reject_reason", "AUDIO_NOT_FOUND"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot build row for rejects: no column reject_reason");
    }

    @Test
    void refusesAValueOfTheWrongType() {
        assertThatThrownBy(() -> Tables.CALL_METRICS.row().set("talk_ms", 1_000))
                .hasMessage("Cannot build row for call_metrics: column talk_ms is bigint, not Integer 1000");
        assertThatThrownBy(() -> reject().set("warning", "false"))
                .hasMessage("Cannot build row for rejects: column warning is boolean, not String false");
    }

    @Test
    void refusesAColumnLeftUnset() {
        RowBuilder withoutStage = Tables.REJECTS.row().set("call_id", "c1").set("source", "calls.csv:2")
                .set("reason", "AUDIO_NOT_FOUND").set("message", "gone").set("input_reference", null)
                .set("warning", false).set("rejected_at", Timestamp.valueOf("2026-11-02 10:00:00"));

        assertThatThrownBy(withoutStage::build).hasMessage("Cannot build row for rejects: column stage is not set");
    }

    @Test
    void refusesToLeaveARequiredColumnEmpty() {
        assertThatThrownBy(() -> reject().set("source", null))
                .hasMessage("Cannot build row for rejects: column source may not be empty");
        assertThatThrownBy(() -> Tables.REJECTS.row().set("call_id", "c1").emptyWhereNotSet().build())
                .hasMessage("Cannot build row for rejects: column source is not set");
    }

    @Test
    void checksTheElementsOfArrayColumnsAndTurnsListsIntoSequences() {
        Row word = Tables.TRANSCRIPTS.elementRow("words").set("word", "hello").set("start_ms", 0L)
                .set("end_ms", 400L).set("confidence", 0.9).build();
        RowBuilder utterance = Tables.TRANSCRIPTS.row().set("call_id", "c1").set("utterance_index", 0)
                .set("role", "agent").set("role_confidence", 1.0).set("channel", 0).set("start_ms", 0L)
                .set("end_ms", 400L).set("text", "hello").set("confidence", 0.9).set("model", "test")
                .set("call_date", Date.valueOf("2026-11-02"));

        Row row = utterance.set("words", List.of(word)).build();

        assertThat(row.getList(row.fieldIndex("words"))).containsExactly(word);
        assertThat(row.<Object>getAs("words")).isInstanceOf(scala.collection.Seq.class);
        Row section = Tables.CALL_SCORECARDS.elementRow("sections").set("section_id", "opening")
                .set("title", "Opening").set("weight", 40.0).set("score", 100.0).build();
        assertThatThrownBy(() -> utterance.set("words", List.of(section)))
                .hasMessage("Cannot build row for transcripts: column words element is struct<word:string,"
                        + "start_ms:bigint,end_ms:bigint,confidence:double>, not a row of section_id, title, weight, "
                        + "score");
        assertThatThrownBy(() -> utterance.set("words", List.of("hello")))
                .hasMessageStartingWith("Cannot build row for transcripts: column words element is struct<");
    }

    @Test
    void refusesAnElementRowOfAColumnThatHoldsNoRows() {
        assertThatThrownBy(() -> Tables.CALL_METRICS.elementRow("talk_ms"))
                .hasMessage("Cannot build row for call_metrics.talk_ms: the column is bigint");
    }

    private static RowBuilder reject() {
        return Tables.REJECTS.row()
                .set("call_id", "c1")
                .set("source", "calls.csv:2")
                .set("reason", "AUDIO_NOT_FOUND")
                .set("message", "Cannot read audio calls/c1.wav: no such file")
                .set("input_reference", null)
                .set("warning", false)
                .set("rejected_at", Timestamp.valueOf("2026-11-02 10:00:00"))
                .set("stage", "transcribe");
    }
}
