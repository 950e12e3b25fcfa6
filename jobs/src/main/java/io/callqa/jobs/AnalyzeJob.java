package io.callqa.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import io.callqa.rules.RulePack;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The analyze stage: {@code transcripts} in; {@code utterances} (redacted, with sentiment), {@code call_sentiment}
 * and {@code rule_results} out. It is incremental: a call's text analysis is redone when its transcript is newer than
 * its analysis, and its rules are re-evaluated when the rule pack changed, so a new rule pack re-scores the whole
 * history without transcribing or running CoreNLP again.
 */
public final class AnalyzeJob extends StageJob {
    static final String STAGE = "analyze";

    private final RulePack rules;
    private boolean reprocess;
    private boolean keepUnredactedTranscripts = true;

    public AnalyzeJob(SparkSession spark, RulePack rules, PrintStream console) {
        super(STAGE, spark, console);
        this.rules = rules;
    }

    /** Analyze every call again, even when nothing changed. */
    public AnalyzeJob reprocess(boolean value) {
        this.reprocess = value;
        return this;
    }

    /** false: replace the personal data in {@code transcripts} too, so that no unredacted text is kept. */
    public AnalyzeJob keepUnredactedTranscripts(boolean value) {
        this.keepUnredactedTranscripts = value;
        return this;
    }

    public AnalyzeResult run(String outputRoot) {
        return execute(outputRoot, (store, start) -> {
            Dataset<Row> scope = scope(store, rules.hash());
            Dataset<Row> calls = scope.join(utterancesByCall(store), scope.col("call_id").equalTo(col("u_call_id")),
                    "left").drop("u_call_id");
            TextAnalysisCounters counters = TextAnalysisCounters.register(spark.sparkContext());
            Outcomes outcomes = processCalls(store, calls, Math.max(1, spark.sparkContext().defaultParallelism() * 4),
                    new AnalyzeCalls(rules, keepUnredactedTranscripts, counters), AnalysisOutcome.SCHEMA);
            Dataset<Row> goneCalls = step("find calls no longer transcribed", () -> goneCalls(store));
            step("write utterances, call_sentiment, rule_results and rejects",
                    () -> write(store, outcomes.rows(), goneCalls));

            AnalyzeResult result = new AnalyzeResult(
                    outcomes.count(AnalysisOutcome.ANALYZED),
                    outcomes.count(AnalysisOutcome.RULES_ONLY),
                    outcomes.count(AnalysisOutcome.REJECTED),
                    counters.utterances().value(),
                    counters.loadingMillis().value(),
                    counters.analysisMillis().value(),
                    millisSince(start));
            console.printf("analyze: %d calls analyzed, %d re-scored with rule pack %s %s, %d rejected in %.1f s%n",
                    result.analyzed(), result.rescored(), rules.id(), rules.version(), result.rejected(),
                    result.wallMillis() / 1000.0);
            return result;
        });
    }

    private void write(TableStore store, Dataset<Row> outcomes, Dataset<Row> goneCalls) {
        Dataset<Row> textCalls = outcomes.where(col("text_analyzed")).select(col("call_id").as("key")).union(goneCalls);
        Dataset<Row> analyzedCalls = outcomes.select(col("call_id").as("key")).union(goneCalls);
        store.replace(Tables.UTTERANCES, outcomes.select(explode(col("utterances")).as("u")).select("u.*"),
                col("call_id"), textCalls, lit(true));
        store.replace(Tables.CALL_SENTIMENT, outcomes.select(explode(col("sentiments")).as("s")).select("s.*"),
                col("call_id"), textCalls, lit(true));
        if (!keepUnredactedTranscripts) {
            store.replace(Tables.TRANSCRIPTS, outcomes.select(explode(col("scrubbed_transcripts")).as("t")).select("t.*"),
                    col("call_id"), textCalls, lit(true));
        }
        store.replace(Tables.RULE_RESULTS, outcomes.select(explode(col("rules")).as("r")).select("r.*"),
                col("call_id"), analyzedCalls, lit(true));
        store.replace(Tables.REJECTS, outcomes.where(col("reject").isNotNull()).select("reject.*"),
                coalesce(col("call_id"), col("source")), analyzedCalls, col("stage").equalTo(STAGE));
    }

    /**
     * The calls to work on, with {@code needs_text}: every transcribed call whose text analysis is missing or older
     * than its transcript, or whose rule results are missing, older, or from another rule pack.
     */
    private Dataset<Row> scope(TableStore store, String rulePackHash) {
        Dataset<Row> metrics = store.read(Tables.CALL_METRICS.name(), Tables.CALL_METRICS.schema())
                .select("call_id", "agent_id", "duration_ms", "queue", "direction", "transcribed_at", "call_date");
        Dataset<Row> textDone = store.read(Tables.UTTERANCES.name(), Tables.UTTERANCES.schema())
                .groupBy(col("call_id").as("t_call_id")).agg(max("analyzed_at").as("text_at"));
        Dataset<Row> rulesDone = store.read(Tables.RULE_RESULTS.name(), Tables.RULE_RESULTS.schema())
                .groupBy(col("call_id").as("r_call_id"))
                .agg(max("evaluated_at").as("rules_at"), max("rule_pack_hash").as("rules_hash"));
        Dataset<Row> joined = metrics
                .join(textDone, metrics.col("call_id").equalTo(col("t_call_id")), "left")
                .join(rulesDone, metrics.col("call_id").equalTo(col("r_call_id")), "left");
        Column needsText = lit(reprocess).or(col("text_at").isNull()).or(col("text_at").lt(col("transcribed_at")));
        Column needsRules = needsText.or(col("rules_at").isNull()).or(col("rules_at").lt(col("transcribed_at")))
                .or(col("rules_hash").notEqual(lit(rulePackHash)));
        return joined.withColumn("needs_text", needsText)
                .where(needsRules)
                .select("call_id", "agent_id", "duration_ms", "queue", "direction", "call_date", "needs_text");
    }

    /**
     * Calls with results of this stage that are no longer in {@code call_metrics} (their recording was replaced by a
     * broken one, and transcribe now rejects them): their results go, so that a call is in this stage's output only
     * while it is in the output of the stage before. Collected on the driver (a handful of ids), because the tables
     * they come from are replaced one after the other below.
     */
    private Dataset<Row> goneCalls(TableStore store) {
        Dataset<Row> transcribed = store.read(Tables.CALL_METRICS.name(), Tables.CALL_METRICS.schema()).select("call_id");
        List<Row> gone = store.read(Tables.RULE_RESULTS.name(), Tables.RULE_RESULTS.schema()).select("call_id")
                .union(store.read(Tables.UTTERANCES.name(), Tables.UTTERANCES.schema()).select("call_id"))
                .distinct()
                .except(transcribed)
                .collectAsList();
        return spark.createDataFrame(gone, new StructType().add("key", DataTypes.StringType));
    }

    private static Dataset<Row> utterancesByCall(TableStore store) {
        return store.read(Tables.TRANSCRIPTS.name(), Tables.TRANSCRIPTS.schema())
                .groupBy(col("call_id").as("u_call_id"))
                // Every column, so that the transcript can be rewritten redacted; sorted by (call_id, utterance_index).
                .agg(sort_array(collect_list(struct(Tables.TRANSCRIPTS.columns()))).as("turns"));
    }

    /**
     * @param utterancesAnalyzed utterances whose sentiment and personal data were analyzed
     * @param textModelLoadingMillis CPU time executors spent loading CoreNLP (once per JVM; later tasks find it
     *     loaded)
     * @param textAnalysisMillis CPU time executors spent on sentiment and redaction, summed over cores
     */
    public record AnalyzeResult(long analyzed, long rescored, long rejected, long utterancesAnalyzed,
            long textModelLoadingMillis, long textAnalysisMillis, long wallMillis) {}
}
