package io.callqa.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.sql.Timestamp;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Gathers, per transcribed call, what the score stage needs from the earlier stages' tables: the call's metrics, its
 * rule results, both parties' sentiment, the customer's most negative utterance, and whether the same customer called
 * again within seven days (first-contact resolution).
 */
final class ScoreInputs {
    static final int REPEAT_CALL_DAYS = 7;

    private ScoreInputs() {}

    /** The calls in {@code scope}; a call's repeat call may be outside it, so resolution is found before narrowing. */
    static Dataset<Row> perCall(TableStore store, ScoreScope scope) {
        Dataset<Row> metrics = scope.fromFirstWeek(store.read(Tables.CALL_METRICS.name(), Tables.CALL_METRICS.schema()));
        Dataset<Row> rules = scope.restrict(store.read(Tables.RULE_RESULTS.name(), Tables.RULE_RESULTS.schema()))
                .groupBy(col("call_id").as("r_call_id"))
                .agg(collect_list(struct("rule_id", "kind", "outcome", "evidence_start_ms", "evidence_end_ms",
                                "evidence_text")).as("rules"),
                        max("rule_pack_id").as("rule_pack_id"), max("rule_pack_version").as("rule_pack_version"));
        Dataset<Row> negativeTurn = scope.restrict(store.read(Tables.UTTERANCES.name(), Tables.UTTERANCES.schema()))
                .where(col("role").equalTo("customer"))
                .groupBy(col("call_id").as("n_call_id"))
                .agg(min_by(struct("start_ms", "end_ms", "text"), col("sentiment_score")).as("negative_turn"));
        return scope.restrict(withFirstContactResolution(metrics))
                .join(rules, col("call_id").equalTo(col("r_call_id")), "left")
                .join(sentiment(store, scope, "customer"), col("call_id").equalTo(col("customer_call_id")), "left")
                .join(sentiment(store, scope, "agent"), col("call_id").equalTo(col("agent_call_id")), "left")
                .join(negativeTurn, col("call_id").equalTo(col("n_call_id")), "left")
                .drop("r_call_id", "customer_call_id", "agent_call_id", "n_call_id");
    }

    /** Mean, end (the last quarter with speech) and shift of one party's sentiment, columns prefixed by the role. */
    private static Dataset<Row> sentiment(TableStore store, ScoreScope scope, String role) {
        return scope.restrict(store.read(Tables.CALL_SENTIMENT.name(), Tables.CALL_SENTIMENT.schema()))
                .where(col("role").equalTo(role))
                .select(col("call_id").as(role + "_call_id"), col("sentiment_score").as(role + "_mean"),
                        coalesce(col("q4_score"), col("q3_score"), col("q2_score"), col("q1_score")).as(role + "_end"),
                        col("sentiment_shift").as(role + "_shift"));
    }

    /**
     * A call is unresolved when its customer called again within seven days, resolved when seven days passed without
     * another call, and unknown while the seven days are not over yet (counted from the latest call in the tables, so
     * the answer does not depend on when the job runs) or when the manifest gave no customer.
     */
    private static Dataset<Row> withFirstContactResolution(Dataset<Row> metrics) {
        Timestamp latest = metrics.agg(max("started_at")).first().getTimestamp(0);
        Column nextCall = lead("started_at", 1).over(Window.partitionBy("customer_id").orderBy("started_at", "call_id"));
        Column windowEnd = expr("started_at + INTERVAL " + REPEAT_CALL_DAYS + " DAYS");
        Column resolved = when(col("customer_id").isNull(), lit(null))
                .when(col("next_call").isNotNull().and(col("next_call").leq(windowEnd)), lit(false))
                .when(lit(latest).geq(windowEnd), lit(true))
                .otherwise(lit(null));
        return metrics.withColumn("next_call", nextCall)
                .withColumn("first_contact_resolved", resolved.cast("boolean"))
                .drop("next_call");
    }
}
