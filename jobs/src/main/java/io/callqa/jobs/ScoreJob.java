package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.callqa.config.CallqaConfig;
import io.callqa.manifest.Agent;
import io.callqa.review.CalibrationMeasure;
import io.callqa.score.Scorecard;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The score stage: every transcribed call's metrics, rule results and sentiment in, joined with the agent roster;
 * the QA tables out: {@code call_scorecards}, {@code flagged_calls} (the review queue), {@code compliance_audit},
 * {@code agent_scorecards}, {@code coaching_targets}, {@code trends}, {@code call_drivers}, {@code emerging_terms},
 * and {@code review_calibration} from reviewers' verdicts. It scores the whole history every run: no speech or
 * language model runs here, so a changed scorecard or roster re-scores every call in seconds to minutes, and the
 * weekly tables are never half old, half new.
 */
public final class ScoreJob {
    static final String STAGE = "score";

    private final SparkSession spark;
    private final Scorecard scorecard;
    private final Map<String, Agent> roster;
    private final CallqaConfig.Scoring settings;
    private final PrintStream console;

    public ScoreJob(SparkSession spark, Scorecard scorecard, Map<String, Agent> roster, CallqaConfig.Scoring settings,
            PrintStream console) {
        this.spark = spark;
        this.scorecard = scorecard;
        this.roster = Map.copyOf(roster);
        this.settings = settings;
        this.console = console;
    }

    public ScoreResult run(String outputRoot) {
        long start = System.nanoTime();
        TableStore store = new TableStore(spark, outputRoot);
        Timestamp scoredAt = Timestamp.from(Instant.now());
        Dataset<Row> outcomes = store.materialize("score-outcomes", ScoreInputs.perCall(store)
                .repartition(Math.max(1, spark.sparkContext().defaultParallelism()))
                .mapPartitions(new ScoreCalls(scorecard, roster, scoredAt), Encoders.row(ScoreOutcome.SCHEMA)));
        Map<String, Long> counts = Rows.countByStatus(outcomes);

        Dataset<Row> scorecards = outcomes.where(col("scorecard").isNotNull()).select("scorecard.*");
        Dataset<Row> rejects = outcomes.select(explode(col("rejects")).as("r")).select("r.*");
        store.write(Tables.CALL_SCORECARDS, scorecards);
        store.write(Tables.FLAGGED_CALLS, outcomes.where(col("flag").isNotNull()).select("flag.*"));
        store.replaceWhere(Tables.REJECTS, rejects, col("stage").equalTo(STAGE));

        // The weekly tables are built from call_scorecards as written, so they agree with it exactly.
        Dataset<Row> written = store.read(Tables.CALL_SCORECARDS.name(), Tables.CALL_SCORECARDS.schema());
        Dataset<Row> audit = store.materialize("compliance-audit", ComplianceAuditTable.build(
                store.read(Tables.RULE_RESULTS.name(), Tables.RULE_RESULTS.schema()), written));
        store.write(Tables.COMPLIANCE_AUDIT, audit);
        store.write(Tables.AGENT_SCORECARDS, AgentWeekTable.agentWeeks(written, audit));
        store.write(Tables.TRENDS, TrendTable.build(written, audit));
        store.write(Tables.COACHING_TARGETS, CoachingTargetTable.build(spark, written, scorecard, roster));
        CallDriverTables.Result drivers = CallDriverTables.build(spark,
                store.read(Tables.UTTERANCES.name(), Tables.UTTERANCES.schema()), written, settings);
        store.write(Tables.CALL_DRIVERS, drivers.callDrivers());
        store.write(Tables.EMERGING_TERMS, drivers.emergingTerms());
        List<CalibrationMeasure> calibration = ReviewCalibrationTable.measure(
                store.read(Tables.REVIEW_VERDICTS.name(), Tables.REVIEW_VERDICTS.schema()),
                store.read(Tables.FLAGGED_CALLS.name(), Tables.FLAGGED_CALLS.schema()), written);
        store.write(Tables.REVIEW_CALIBRATION, ReviewCalibrationTable.rows(spark, calibration, scorecard));
        long flagged = outcomes.where(col("flag.calibration_sample").equalTo(false)).count();
        long unknownAgentCalls = rejects.where(col("warning")).count();
        store.cleanStaging();

        ScoreResult result = new ScoreResult(counts.getOrDefault(ScoreOutcome.SCORED, 0L),
                counts.getOrDefault(ScoreOutcome.REJECTED, 0L), flagged, unknownAgentCalls,
                (System.nanoTime() - start) / 1_000_000);
        console.printf("score: %d calls scored with scorecard %s %s (%d flagged for review, %d agents not in the "
                        + "roster), %d rejected in %.1f s%n", result.scored(), scorecard.id(), scorecard.version(),
                result.flagged(), result.unknownAgentCalls(), result.rejected(), result.wallMillis() / 1000.0);
        calibration.forEach(measure -> console.printf(Locale.ROOT, "score: %s %s %.0f%% (95%% interval %.0f–%.0f%%, %d "
                        + "verdicts)%n", measure.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), measure.itemId(),
                100 * measure.rate(), 100 * measure.rateLow(), 100 * measure.rateHigh(), measure.reviewed()));
        return result;
    }

    /**
     * @param flagged calls in the review queue for a reason (the calibration sample not counted)
     * @param unknownAgentCalls calls scored whose agent is not in the roster
     */
    public record ScoreResult(long scored, long rejected, long flagged, long unknownAgentCalls, long wallMillis) {}
}
