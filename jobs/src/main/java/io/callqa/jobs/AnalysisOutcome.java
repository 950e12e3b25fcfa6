package io.callqa.jobs;

import io.callqa.tables.Tables;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What the analyze stage did with one call, as a row: its analyzed utterances and sentiment (when its text needed
 * analysis), its rule results and, when unredacted transcripts are not kept, its transcript rows with personal data
 * replaced; or a reject.
 */
final class AnalysisOutcome {
    static final String ANALYZED = "analyzed";
    static final String RULES_ONLY = "rules_only";
    static final String REJECTED = "rejected";

    static final StructType SCHEMA = new StructType()
            .add("call_id", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("text_analyzed", DataTypes.BooleanType, false)
            .add("utterances", DataTypes.createArrayType(Tables.UTTERANCES.schema(), false), false)
            .add("sentiments", DataTypes.createArrayType(Tables.CALL_SENTIMENT.schema(), false), false)
            .add("rules", DataTypes.createArrayType(Tables.RULE_RESULTS.schema(), false), false)
            .add("scrubbed_transcripts", DataTypes.createArrayType(Tables.TRANSCRIPTS.schema(), false), false)
            .add("reject", Tables.REJECTS.schema(), true);

    private AnalysisOutcome() {}
}
