package io.callqa.jobs;

import io.callqa.tables.RowBuilder;
import io.callqa.tables.Tables;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What happened to one call in the transcribe stage, as a row: {@code metrics} (with its {@code utterances}) or
 * {@code reject} is set, or neither when the call was already transcribed and skipped; both when the call was
 * transcribed with a warning (a recording cut short: {@code reject.warning} is true).
 */
final class TranscriptionOutcome {
    static final String TRANSCRIBED = "transcribed";
    static final String SKIPPED = "skipped";
    static final String REJECTED = "rejected";

    static final StructType SCHEMA = new StructType()
            .add("call_id", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("metrics", Tables.CALL_METRICS.schema(), true)
            .add("utterances", DataTypes.createArrayType(Tables.TRANSCRIPTS.schema(), false), true)
            .add("reject", Tables.REJECTS.schema(), true);

    private TranscriptionOutcome() {}

    /** @param warning a rejects row with {@code warning} set, or null */
    static Row transcribed(String callId, Row metrics, List<Row> utterances, Row warning) {
        return outcome(callId, TRANSCRIBED, metrics, utterances, warning);
    }

    static Row skipped(String callId) {
        return outcome(callId, SKIPPED, null, null, null);
    }

    static Row rejected(String callId, Row reject) {
        return outcome(callId, REJECTED, null, null, reject);
    }

    private static Row outcome(String callId, String status, Row metrics, List<Row> utterances, Row reject) {
        return new RowBuilder("transcription outcome", SCHEMA)
                .set("call_id", callId)
                .set("status", status)
                .set("metrics", metrics)
                .set("utterances", utterances)
                .set("reject", reject)
                .build();
    }
}
