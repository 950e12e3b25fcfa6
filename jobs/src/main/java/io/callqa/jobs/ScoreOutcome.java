package io.callqa.jobs;

import io.callqa.tables.Tables;
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
}
