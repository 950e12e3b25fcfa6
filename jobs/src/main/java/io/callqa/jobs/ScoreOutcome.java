package io.callqa.jobs;

import io.callqa.tables.RowBuilder;
import io.callqa.tables.Tables;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** What the score stage did with one call, as a row: its scorecard and review-queue entry, or a reject; and warnings. */
final class ScoreOutcome {
    static final String SCORED = "scored";
    static final String REJECTED = "rejected";

    static final StructType SCHEMA = new StructType()
            .add("call_id", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("scorecard", Tables.CALL_SCORECARDS.schema(), true)
            .add("flag", Tables.FLAGGED_CALLS.schema(), true)
            .add("rejects", DataTypes.createArrayType(Tables.REJECTS.schema(), false), false);

    private ScoreOutcome() {}

    /**
     * @param flag the call's place in the review queue, or null
     * @param warnings rejects rows of warnings (an agent not in the roster)
     */
    static Row scored(String callId, Row scorecard, Row flag, List<Row> warnings) {
        return outcome(callId, SCORED, scorecard, flag, warnings);
    }

    static Row rejected(String callId, Row reject) {
        return outcome(callId, REJECTED, null, null, List.of(reject));
    }

    private static Row outcome(String callId, String status, Row scorecard, Row flag, List<Row> rejects) {
        return new RowBuilder("score outcome", SCHEMA)
                .set("call_id", callId)
                .set("status", status)
                .set("scorecard", scorecard)
                .set("flag", flag)
                .set("rejects", rejects)
                .build();
    }
}
