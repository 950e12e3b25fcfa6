package io.callqa.jobs;

import io.callqa.tables.RowBuilder;
import io.callqa.tables.Tables;
import java.util.List;
import org.apache.spark.sql.Row;
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

    /**
     * @param textAnalyzed the text was analyzed (utterances and sentiment); else only the rules were evaluated again
     * @param scrubbedTranscripts the call's transcripts rows with personal data replaced, or none (they are kept)
     */
    static Row analyzed(String callId, boolean textAnalyzed, List<Row> utterances, List<Row> sentiments,
            List<Row> ruleResults, List<Row> scrubbedTranscripts) {
        return outcome(callId, textAnalyzed ? ANALYZED : RULES_ONLY, textAnalyzed)
                .set("utterances", utterances)
                .set("sentiments", sentiments)
                .set("rules", ruleResults)
                .set("scrubbed_transcripts", scrubbedTranscripts)
                .set("reject", null)
                .build();
    }

    static Row rejected(String callId, Row reject) {
        return outcome(callId, REJECTED, false)
                .set("utterances", List.of())
                .set("sentiments", List.of())
                .set("rules", List.of())
                .set("scrubbed_transcripts", List.of())
                .set("reject", reject)
                .build();
    }

    private static RowBuilder outcome(String callId, String status, boolean textAnalyzed) {
        return new RowBuilder("analysis outcome", SCHEMA)
                .set("call_id", callId)
                .set("status", status)
                .set("text_analyzed", textAnalyzed);
    }
}
