package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.callqa.config.CallqaConfig;
import io.callqa.manifest.Agent;
import io.callqa.review.CalibrationMeasure;
import io.callqa.score.Scorecard;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.io.PrintStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The score stage: every transcribed call's metrics, rule results and sentiment in, joined with the agent roster;
 * the QA tables out: {@code call_scorecards}, {@code flagged_calls} (the review queue), {@code compliance_audit},
 * {@code agent_scorecards}, {@code coaching_targets}, {@code trends}, {@code call_drivers}, {@code emerging_terms},
 * and {@code review_calibration} from reviewers' verdicts. It scores the calls that changed since they were last scored (and those whose first-contact
 * resolution they change) and recomputes the weeks from the earliest of them on, so a day's batch costs about the same
 * whatever the history; a changed scorecard or roster re-scores every call (see {@link ScoreScope}), so the weekly
 * tables are never half old, half new.
 */
public final class ScoreJob extends StageJob {
    static final String STAGE = "score";
    private static final Logger LOG = LoggerFactory.getLogger(ScoreJob.class);

    private final Scorecard scorecard;
    private final Map<String, Agent> roster;
    private final CallqaConfig.Scoring settings;

    public ScoreJob(SparkSession spark, Scorecard scorecard, Map<String, Agent> roster, CallqaConfig.Scoring settings,
            PrintStream console) {
        super(STAGE, spark, console);
        this.scorecard = scorecard;
        this.roster = Map.copyOf(roster);
        this.settings = settings;
    }

    public ScoreResult run(String outputRoot) {
        return execute(outputRoot, (store, start) -> {
            Timestamp scoredAt = Timestamp.from(Instant.now());
            ScoreScope scope = step("find calls to score", () -> ScoreScope.of(store, scorecard, roster));
            Outcomes outcomes = processCalls(store, ScoreInputs.perCall(store, scope),
                    Math.max(1, spark.sparkContext().defaultParallelism()), new ScoreCalls(scorecard, roster, scoredAt),
                    ScoreOutcome.SCHEMA);
            Dataset<Row> rejects = outcomes.rows().select(explode(col("rejects")).as("r")).select("r.*");
            step("write call_scorecards, flagged_calls and rejects", () -> writeCallTables(store, scope, outcomes.rows(),
                    rejects));
            if (scope.everything() || scope.firstWeek().isPresent()) {
                step("write weekly tables", () -> writeWeeklyTablesFromLatestScores(store, scope));
            }
            List<CalibrationMeasure> calibration = step("measure review calibration", () -> calibration(store));
            long flagged = step("count flagged calls",
                    () -> outcomes.rows().where(col("flag.calibration_sample").equalTo(false)).count());
            long unknownAgentCalls = step("count unknown agents", () -> rejects.where(col("warning")).count());

            ScoreResult result = new ScoreResult(outcomes.count(ScoreOutcome.SCORED),
                    outcomes.count(ScoreOutcome.REJECTED), flagged, unknownAgentCalls, millisSince(start));
            console.printf("score: %d calls scored with scorecard %s %s (%d flagged for review, %d agents not in the "
                            + "roster), %d rejected in %.1f s%n", result.scored(), scorecard.id(), scorecard.version(),
                    result.flagged(), result.unknownAgentCalls(), result.rejected(), result.wallMillis() / 1000.0);
            calibration.forEach(measure -> console.printf(Locale.ROOT, "score: %s %s %.0f%% (95%% interval %.0f–%.0f%%, "
                            + "%d verdicts)%n", measure.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    measure.itemId(), 100 * measure.rate(), 100 * measure.rateLow(), 100 * measure.rateHigh(),
                    measure.reviewed()));
            return result;
        });
    }

    private void writeCallTables(TableStore store, ScoreScope scope, Dataset<Row> outcomes, Dataset<Row> rejects) {
        Dataset<Row> scorecards = outcomes.where(col("scorecard").isNotNull()).select("scorecard.*");
        Dataset<Row> flags = outcomes.where(col("flag").isNotNull()).select("flag.*");
        if (scope.everything()) {
            store.write(Tables.CALL_SCORECARDS, scorecards);
            store.write(Tables.FLAGGED_CALLS, flags);
            store.replaceWhere(Tables.REJECTS, rejects, col("stage").equalTo(STAGE));
        } else {
            store.replace(Tables.CALL_SCORECARDS, scorecards, col("call_id"), scope.calls(), lit(true));
            store.replace(Tables.FLAGGED_CALLS, flags, col("call_id"), scope.calls(), lit(true));
            store.replace(Tables.REJECTS, rejects, col("call_id"), scope.calls(), col("stage").equalTo(STAGE));
        }
        store.icebergTable(Tables.CALL_SCORECARDS.name()).updateProperties()
                .set(ScoreScope.SCORECARD_HASH, scorecard.hash())
                .set(ScoreScope.ROSTER_HASH, ScoreScope.rosterHash(roster))
                .commit();
    }

    /** Reviewers' verdicts are few; they are held against the review queue and the scores as they now are. */
    private List<CalibrationMeasure> calibration(TableStore store) {
        List<CalibrationMeasure> calibration = ReviewCalibrationTable.measure(
                store.read(Tables.REVIEW_VERDICTS.name(), Tables.REVIEW_VERDICTS.schema()),
                store.read(Tables.FLAGGED_CALLS.name(), Tables.FLAGGED_CALLS.schema()),
                store.read(Tables.CALL_SCORECARDS.name(), Tables.CALL_SCORECARDS.schema()));
        store.write(Tables.REVIEW_CALIBRATION, ReviewCalibrationTable.rows(spark, calibration, scorecard));
        return calibration;
    }

    /**
     * A concurrent run may commit call_scorecards while this one builds the weekly tables from it, and the weekly rows
     * this run then writes would lack that run's calls: so they are built again until call_scorecards stayed the same
     * from before building to after writing. The run writing last has then built them from every call.
     */
    private void writeWeeklyTablesFromLatestScores(TableStore store, ScoreScope scope) {
        for (int attempt = 1; ; attempt++) {
            long before = store.icebergTable(Tables.CALL_SCORECARDS.name()).currentSnapshot().snapshotId();
            writeWeeklyTables(store, scope);
            long after = store.icebergTable(Tables.CALL_SCORECARDS.name()).currentSnapshot().snapshotId();
            if (before == after || attempt == 5) {
                return;
            }
            LOG.info("call_scorecards changed while the weekly tables were built (a concurrent run): building again");
        }
    }

    /**
     * The weekly tables, built from call_scorecards as written so that they agree with it exactly: from the first week
     * in scope on (with the week before, which the changes since the week before need), or all of them.
     */
    private void writeWeeklyTables(TableStore store, ScoreScope scope) {
        Dataset<Row> written = scope.fromWeekBefore(
                store.read(Tables.CALL_SCORECARDS.name(), Tables.CALL_SCORECARDS.schema()));
        Dataset<Row> audit = store.materialize("compliance-audit", ComplianceAuditTable.build(
                scope.fromWeekBefore(store.read(Tables.RULE_RESULTS.name(), Tables.RULE_RESULTS.schema())), written));
        CallDriverTables.Result drivers = CallDriverTables.build(spark,
                scope.fromWeekBefore(store.read(Tables.UTTERANCES.name(), Tables.UTTERANCES.schema())), written, settings);
        if (scope.everything()) {
            store.write(Tables.COMPLIANCE_AUDIT, audit);
            store.write(Tables.AGENT_SCORECARDS, AgentWeekTable.agentWeeks(written, audit));
            store.write(Tables.TRENDS, TrendTable.build(written, audit));
            store.write(Tables.CALL_DRIVERS, drivers.callDrivers());
            store.write(Tables.EMERGING_TERMS, drivers.emergingTerms());
        } else {
            Column recomputed = col("week_start").geq(lit(Date.valueOf(scope.firstWeek().orElseThrow())));
            store.replaceWhere(Tables.COMPLIANCE_AUDIT, audit.where(recomputed), recomputed);
            store.replaceWhere(Tables.AGENT_SCORECARDS, AgentWeekTable.agentWeeks(written, audit).where(recomputed),
                    recomputed);
            store.replaceWhere(Tables.TRENDS, TrendTable.build(written, audit).where(recomputed), recomputed);
            store.replaceWhere(Tables.CALL_DRIVERS, drivers.callDrivers().where(recomputed), recomputed);
            store.replaceWhere(Tables.EMERGING_TERMS, drivers.emergingTerms().where(recomputed), recomputed);
        }
        // Coaching looks at the latest weeks of every agent: rebuilt whole, from those weeks only.
        Dataset<Row> allScorecards = store.read(Tables.CALL_SCORECARDS.name(), Tables.CALL_SCORECARDS.schema());
        Date latest = allScorecards.agg(max("call_date")).first().getDate(0);
        Dataset<Row> coachingWeeks = latest == null ? allScorecards : allScorecards.where(col("call_date")
                .geq(lit(Date.valueOf(latest.toLocalDate().minusDays(7L * (scorecard.coaching().weeks() + 1))))));
        store.write(Tables.COACHING_TARGETS, CoachingTargetTable.build(spark, coachingWeeks, scorecard, roster));
    }

    /**
     * @param flagged calls in the review queue for a reason (the calibration sample not counted)
     * @param unknownAgentCalls calls scored whose agent is not in the roster
     */
    public record ScoreResult(long scored, long rejected, long flagged, long unknownAgentCalls, long wallMillis) {}
}
