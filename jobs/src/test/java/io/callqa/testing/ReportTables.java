package io.callqa.testing;

import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * A small output root with every table the report and the notebooks read, written by hand so that the expected
 * pages and notebook results are known: one team (Billing) of two agents over three weeks, two flagged calls, two
 * compliance rules. The unredacted {@code transcripts} table holds {@code secret}, which nothing downstream may show.
 */
public final class ReportTables {
    public static final Date WEEK_1 = Date.valueOf("2026-11-02");
    public static final Date WEEK_2 = Date.valueOf("2026-11-09");
    public static final Date WEEK_3 = Date.valueOf("2026-11-16");

    private static final String EVIDENCE = "evidence_start_ms BIGINT, evidence_end_ms BIGINT, evidence_text STRING";

    public static final TableDefinition CALL_SCORECARDS = table("call_scorecards", "call_id STRING, started_at TIMESTAMP, "
            + "agent_id STRING, agent_name STRING, team STRING, supervisor_id STRING, queue STRING, direction STRING, "
            + "duration_ms BIGINT, scorecard_id STRING, scorecard_version STRING, rule_pack_id STRING, "
            + "rule_pack_version STRING, total_score DOUBLE, score_before_auto_fail DOUBLE, auto_fail BOOLEAN, "
            + "sections ARRAY<STRUCT<section_id: STRING, title: STRING, weight: DOUBLE, score: DOUBLE>>, "
            + "criteria ARRAY<STRUCT<section_id: STRING, criterion_id: STRING, question: STRING, answer: STRING, "
            + "points: DOUBLE, possible_points: DOUBLE, critical: BOOLEAN, detail: STRING, evidence_start_ms: BIGINT, "
            + "evidence_end_ms: BIGINT, evidence_text: STRING>>, scored_at TIMESTAMP, call_date DATE", "call_date");
    public static final TableDefinition FLAGGED_CALLS = table("flagged_calls", "call_id STRING, started_at TIMESTAMP, "
            + "agent_id STRING, agent_name STRING, team STRING, queue STRING, total_score DOUBLE, auto_fail BOOLEAN, "
            + "priority INT, calibration_sample BOOLEAN, reason_codes ARRAY<STRING>, reasons ARRAY<STRUCT<reason: STRING, "
            + "detail: STRING, evidence_start_ms: BIGINT, evidence_end_ms: BIGINT, evidence_text: STRING>>, "
            + "scorecard_id STRING, scorecard_version STRING, call_date DATE", "call_date");
    public static final TableDefinition COMPLIANCE_AUDIT = table("compliance_audit", "week_start DATE, team STRING, "
            + "agent_id STRING, agent_name STRING, rule_id STRING, rule_version STRING, severity STRING, "
            + "applicable_calls BIGINT, passed_calls BIGINT, failed_calls BIGINT, adherence_rate DOUBLE, "
            + "failing_call_ids ARRAY<STRING>, rule_pack_id STRING, rule_pack_version STRING, rule_pack_hash STRING", null);
    public static final TableDefinition AGENT_SCORECARDS = table("agent_scorecards", "week_start DATE, agent_id STRING, "
            + "agent_name STRING, team STRING, supervisor_id STRING, tenure_days INT, calls BIGINT, mean_score DOUBLE, "
            + "auto_fails BIGINT, adherence_rate DOUBLE, mean_customer_sentiment DOUBLE, "
            + "average_handle_time_seconds DOUBLE, silence_ratio DOUBLE, first_contact_resolution DOUBLE, "
            + "escalations BIGINT, cancellations BIGINT", null);
    public static final TableDefinition COACHING_TARGETS = table("coaching_targets", "agent_id STRING, agent_name STRING, "
            + "team STRING, rank INT, criterion_id STRING, question STRING, agent_calls BIGINT, agent_rate DOUBLE, "
            + "team_calls BIGINT, team_rate DOUBLE, p_value DOUBLE, impact_points DOUBLE, examples ARRAY<STRUCT<"
            + "call_id: STRING, call_date: DATE, detail: STRING, evidence_start_ms: BIGINT, evidence_text: STRING>>", null);
    public static final TableDefinition TRENDS = table("trends", "week_start DATE, team STRING, calls BIGINT, "
            + "mean_score DOUBLE, adherence_rate DOUBLE, escalation_rate DOUBLE, cancellation_rate DOUBLE, "
            + "mean_customer_sentiment DOUBLE, silence_ratio DOUBLE, average_handle_time_seconds DOUBLE, "
            + "first_contact_resolution DOUBLE, mean_score_change DOUBLE, adherence_rate_change DOUBLE", null);
    public static final TableDefinition CALL_DRIVERS = table("call_drivers", "week_start DATE, team STRING, topic_id INT, "
            + "top_terms ARRAY<STRING>, calls BIGINT, call_share DOUBLE", null);
    public static final TableDefinition EMERGING_TERMS = table("emerging_terms", "week_start DATE, term STRING, "
            + "calls BIGINT, share DOUBLE, previous_share DOUBLE, rise DOUBLE, rank INT", null);

    private ReportTables() {}

    private static TableDefinition table(String name, String columns, String partition) {
        return new TableDefinition(name, "written by hand for tests", StructType.fromDDL(columns),
                partition == null ? List.of() : List.of(partition));
    }

    public static void write(SparkSession spark, String outputRoot, String secret) {
        TableStore store = new TableStore(spark, outputRoot);
        Timestamp started = Timestamp.valueOf("2026-11-17 09:15:00");
        Date callDate = Date.valueOf("2026-11-17");
        write(spark, store, Tables.TRANSCRIPTS, RowFactory.create("call-1", 0, "customer", 1, 1_000L, 5_000L,
                "my card number is " + secret, 0.9, List.of(), "test-model", callDate));

        Timestamp evaluated = Timestamp.valueOf("2026-11-17 10:00:00");
        write(spark, store, Tables.RULE_RESULTS,
                RowFactory.create("call-1", "a1", "greeting", "1", "required", "major", "PASS", 0, 500L, 3_000L,
                        "thank you for calling north wind bank this is [NAME]", 0.97, "default", "2", "ab".repeat(32),
                        evaluated, callDate),
                RowFactory.create("call-1", "a1", "recording-disclosure", "1", "required", "auto_fail", "FAIL", null,
                        null, null, null, null, "default", "2", "ab".repeat(32), evaluated, callDate));

        Row noEvidenceCriterion = RowFactory.create("opening", "greeting", "Did the agent greet the customer?", "MET",
                10.0, 10.0, false, "greeting passed", 500L, 3_000L, "thank you for calling north wind bank");
        Row missedCriterion = RowFactory.create("compliance", "recording-disclosure", "Did the agent disclose the recording?",
                "NOT_MET", 0.0, 20.0, true, "recording-disclosure failed", null, null, null);
        write(spark, store, CALL_SCORECARDS, RowFactory.create("call-1", started, "a1", "Ana Silva", "Billing", "s1",
                "cards", "inbound", 60_000L, "standard", "1", "default", "2", 0.0, 33.3, true,
                List.of(RowFactory.create("opening", "Opening", 40.0, 100.0), RowFactory.create("compliance", "Compliance", 60.0, 0.0)),
                List.of(noEvidenceCriterion, missedCriterion), started, callDate));
        write(spark, store, FLAGGED_CALLS,
                RowFactory.create("call-1", started, "a1", "Ana Silva", "Billing", "cards", 0.0, true, 1, false,
                        List.of("AUTO_FAIL", "NEGATIVE_SENTIMENT"),
                        List.of(RowFactory.create("AUTO_FAIL", "critical question missed", null, null, null),
                                RowFactory.create("NEGATIVE_SENTIMENT", "customer ended negative", 1_000L, 5_000L,
                                        "my card number is [CARD]")),
                        "standard", "1", callDate),
                RowFactory.create("call-2", Timestamp.valueOf("2026-11-18 10:00:00"), "a2", "Bo Chen", "Billing", "cards",
                        88.0, false, 3, true, List.of("CALIBRATION_SAMPLE"),
                        List.of(RowFactory.create("CALIBRATION_SAMPLE", "drawn for calibration", null, null, null)),
                        "standard", "1", Date.valueOf("2026-11-18")));
        String hash = "ab".repeat(32);
        write(spark, store, COMPLIANCE_AUDIT,
                RowFactory.create(WEEK_3, "Billing", "a1", "Ana Silva", "greeting", "1", "major", 5L, 5L, 0L, 1.0,
                        List.of(), "default", "2", hash),
                RowFactory.create(WEEK_3, "Billing", "a1", "Ana Silva", "recording-disclosure", "1", "auto_fail", 5L, 4L,
                        1L, 0.8, List.of("call-1"), "default", "2", hash));
        List<Row> agentWeeks = new ArrayList<>();
        List<Row> trends = new ArrayList<>();
        Date[] weeks = {WEEK_1, WEEK_2, WEEK_3};
        for (int week = 0; week < weeks.length; week++) {
            agentWeeks.add(RowFactory.create(weeks[week], "a1", "Ana Silva", "Billing", "s1", 400, 10L, 70.0 + week,
                    week == 2 ? 1L : 0L, 0.9, 0.1, 300.0, 0.12, null, 1L, 0L));
            agentWeeks.add(RowFactory.create(weeks[week], "a2", "Bo Chen", "Billing", "s1", 90, 8L, 82.0 - week, 0L,
                    0.95, 0.2, 280.0, 0.10, null, 0L, 1L));
            trends.add(RowFactory.create(weeks[week], "Billing", 18L, 76.0 + week, 0.92, 0.05, 0.05, 0.15, 0.11,
                    290.0 + week, null, week == 0 ? null : 1.0, week == 0 ? null : 0.0));
        }
        write(spark, store, AGENT_SCORECARDS, agentWeeks.toArray(Row[]::new));
        write(spark, store, TRENDS, trends.toArray(Row[]::new));
        write(spark, store, COACHING_TARGETS, RowFactory.create("a1", "Ana Silva", "Billing", 1, "recording-disclosure",
                "Did the agent disclose the recording?", 10L, 0.6, 8L, 1.0, 0.01, 8.0,
                List.of(RowFactory.create("call-1", callDate, "recording-disclosure failed", 2_000L,
                        "this is [NAME] how can i help"))));
        write(spark, store, CALL_DRIVERS, RowFactory.create(WEEK_3, "Billing", 0, List.of("card", "lost", "blocked"), 12L, 0.67));
        write(spark, store, EMERGING_TERMS, RowFactory.create(WEEK_3, "outage", 4L, 0.22, 0.0, 0.22, 1));
    }

    private static void write(SparkSession spark, TableStore store, TableDefinition table, Row... rows) {
        store.write(table, spark.createDataFrame(Arrays.asList(rows), table.schema()));
    }
}
