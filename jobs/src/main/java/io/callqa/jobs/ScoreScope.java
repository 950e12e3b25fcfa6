package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import io.callqa.manifest.Agent;
import io.callqa.score.Scorecard;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Which calls the score stage scores this run, and from which week on the weekly tables change. Everything, when
 * nothing was scored yet or the scorecard or the roster differ from what the scores were computed with (recorded as
 * properties of {@code call_scorecards}); else the calls transcribed or analyzed since they were last scored, the calls
 * gone from {@code call_metrics}, and the calls whose first-contact resolution those change: the same customers' calls
 * of the seven days before, and calls whose seven days have now passed. A new rule pack re-evaluates every call's rules
 * in the analyze stage, so it re-scores the whole history through the second case.
 *
 * @param everything score every call and rewrite every table
 * @param calls the calls whose rows are replaced (one column, {@code key}); those gone from call_metrics included
 * @param firstWeek the Monday from which weekly rows are recomputed; empty when no call changed
 */
record ScoreScope(boolean everything, Dataset<Row> calls, Optional<LocalDate> firstWeek) {
    static final String SCORECARD_HASH = "callqa.scorecard-hash";
    static final String ROSTER_HASH = "callqa.roster-hash";
    /**
     * Rows transcribed or analyzed up to this long before the latest scoring are checked again, so that a concurrent
     * run's rows, timestamped before another run scored but committed after it, are still found.
     */
    private static final String LATE_COMMIT_MARGIN = "INTERVAL 1 DAY";
    private static final StructType KEY = new StructType().add("key", DataTypes.StringType);

    static ScoreScope of(TableStore store, Scorecard scorecard, Map<String, Agent> roster) {
        if (!store.exists(Tables.CALL_SCORECARDS.name())) {
            return everything(store);
        }
        Map<String, String> recorded = store.icebergTable(Tables.CALL_SCORECARDS.name()).properties();
        if (!scorecard.hash().equals(recorded.get(SCORECARD_HASH)) || !rosterHash(roster).equals(recorded.get(ROSTER_HASH))) {
            return everything(store);
        }
        Dataset<Row> scored = store.read(Tables.CALL_SCORECARDS.name(), Tables.CALL_SCORECARDS.schema());
        Timestamp lastScored = scored.agg(max("scored_at")).first().getTimestamp(0);
        if (lastScored == null) {
            return everything(store);
        }
        Column since = expr("TIMESTAMP'" + lastScored + "' - " + LATE_COMMIT_MARGIN);
        Dataset<Row> metrics = store.read(Tables.CALL_METRICS.name(), Tables.CALL_METRICS.schema());
        Dataset<Row> rules = store.read(Tables.RULE_RESULTS.name(), Tables.RULE_RESULTS.schema());
        Dataset<Row> rejects = store.read(Tables.REJECTS.name(), Tables.REJECTS.schema());
        // Candidates come from recent rows only (Iceberg skips the data files whose timestamps are all older).
        Dataset<Row> candidates = metrics.where(col("transcribed_at").gt(since)).select(col("call_id").as("key"))
                .union(rules.where(col("evaluated_at").gt(since)).select(col("call_id").as("key")))
                .union(rejects.where(col("rejected_at").gt(since).and(col("call_id").isNotNull())
                        .and(col("stage").isin("manifest", "transcribe", "analyze"))).select(col("call_id").as("key")))
                .distinct();
        // A candidate changed when it was transcribed or analyzed after its score, or has no score, or lost its metrics.
        Dataset<Row> latestWork = metrics.select(col("call_id"), col("transcribed_at").as("done_at"))
                .union(rules.select(col("call_id"), col("evaluated_at")))
                .join(candidates, col("call_id").equalTo(col("key")), "left_semi")
                .groupBy(col("call_id").as("w_call_id")).agg(max("done_at").as("done_at"));
        Dataset<Row> candidateScores = scored.select(col("call_id").as("s_call_id"), col("scored_at"))
                .join(candidates, col("s_call_id").equalTo(col("key")), "left_semi");
        Dataset<Row> stillTranscribed = metrics.select(col("call_id").as("m_call_id"))
                .join(candidates, col("m_call_id").equalTo(col("key")), "left_semi");
        Dataset<Row> changed = store.materialize("score-changed", candidates
                .join(latestWork, col("key").equalTo(col("w_call_id")), "left")
                .join(candidateScores, col("key").equalTo(col("s_call_id")), "left")
                .join(stillTranscribed, col("key").equalTo(col("m_call_id")), "left")
                .where(col("scored_at").isNull().or(col("done_at").gt(col("scored_at"))).or(col("m_call_id").isNull()))
                .select("key"));
        if (changed.isEmpty()) {
            return new ScoreScope(false, changed, Optional.empty());
        }
        Dataset<Row> changedCalls = metrics.select("call_id", "customer_id", "started_at", "call_date")
                .union(scored.select("call_id", "customer_id", "started_at", "call_date"))
                .join(changed, col("call_id").equalTo(col("key")), "left_semi");
        Timestamp latest = metrics.agg(max("started_at")).first().getTimestamp(0);
        // The same customers' earlier calls: a repeat call makes them unresolved.
        Dataset<Row> earlierCalls = scored.alias("earlier")
                .join(changedCalls.alias("changed"), col("earlier.customer_id").equalTo(col("changed.customer_id"))
                        .and(col("earlier.started_at").geq(expr("changed.started_at - INTERVAL "
                                + ScoreInputs.REPEAT_CALL_DAYS + " DAYS")))
                        .and(col("earlier.started_at").leq(col("changed.started_at"))), "left_semi")
                .select(col("call_id"), col("call_date"));
        // Calls whose seven days were not over at the last scoring and now are.
        Dataset<Row> nowKnown = latest == null ? changedCalls.select("call_id", "call_date").limit(0)
                : scored.where(col("first_contact_resolved").isNull().and(col("customer_id").isNotNull())
                        .and(col("started_at").leq(expr("TIMESTAMP'" + latest + "' - INTERVAL "
                                + ScoreInputs.REPEAT_CALL_DAYS + " DAYS"))))
                        .select("call_id", "call_date");
        Dataset<Row> scope = store.materialize("score-scope", changedCalls.select("call_id", "call_date")
                .union(earlierCalls).union(nowKnown).distinct());
        Date earliest = scope.agg(min("call_date")).first().getDate(0);
        return new ScoreScope(false, scope.select(col("call_id").as("key")).distinct(),
                Optional.of(monday(earliest.toLocalDate())));
    }

    private static ScoreScope everything(TableStore store) {
        return new ScoreScope(true, store.spark().createDataFrame(List.of(), KEY), Optional.empty());
    }

    /** The rows of a per-call table that this run reads: all of them, or those of the calls in scope. */
    Dataset<Row> restrict(Dataset<Row> perCall) {
        return everything ? perCall : fromFirstWeek(perCall)
                .join(calls, col("call_id").equalTo(calls.col("key")), "left_semi");
    }

    /** Rows of a table by call_date from the first week in scope on (all when scoring everything). */
    Dataset<Row> fromFirstWeek(Dataset<Row> byCallDate) {
        if (everything) {
            return byCallDate;
        }
        return firstWeek.map(week -> byCallDate.where(col("call_date").geq(Date.valueOf(week))))
                .orElseGet(() -> byCallDate.where(lit(false)));
    }

    /** Rows of a table by call_date that the weekly tables of {@code firstWeek} on are built from. */
    Dataset<Row> fromWeekBefore(Dataset<Row> byCallDate) {
        return everything ? byCallDate
                : byCallDate.where(col("call_date").geq(Date.valueOf(firstWeek.orElseThrow().minusDays(7))));
    }

    /** What the roster says that scores depend on, as one hash: a changed roster re-scores every call. */
    static String rosterHash(Map<String, Agent> roster) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(roster).forEach((id, agent) -> text.append(agent).append('\n'));
        return DigestUtils.sha256Hex(text.toString());
    }

    private static LocalDate monday(LocalDate date) {
        return date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }
}
