package io.callqa.testing;

import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * A small output root with every table the report and the notebooks read, written by hand so that the expected
 * pages and notebook results are known: one team (Billing) of two agents over three weeks, two flagged calls, two
 * compliance rules. The unredacted {@code transcripts} table holds {@code secret}, which nothing downstream may show.
 */
public final class ReportTables {
    public static final Date WEEK_1 = Date.valueOf("2026-11-02");
    public static final Date WEEK_2 = Date.valueOf("2026-11-09");
    public static final Date WEEK_3 = Date.valueOf("2026-11-16");

    private ReportTables() {}

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
        write(spark, store, Tables.CALL_SCORECARDS, RowFactory.create("call-1", started, "a1", "Ana Silva", "Billing", "s1",
                400, "cards", "inbound", "cust-9", 60_000L, 6_000L, 0.0, 33.3, true, List.of("recording-disclosure"),
                List.of(RowFactory.create("opening", "Opening", 40.0, 100.0), RowFactory.create("compliance", "Compliance", 60.0, 0.0)),
                List.of(noEvidenceCriterion, missedCriterion), 2, 1, false, false, -0.4, -0.6, null, "standard", "1",
                "cd".repeat(32), "default", "2", started, callDate));
        write(spark, store, Tables.FLAGGED_CALLS,
                RowFactory.create("call-1", started, "a1", "Ana Silva", "Billing", "cards", 0.0, true, 1, false,
                        List.of("AUTO_FAIL", "NEGATIVE_SENTIMENT"),
                        List.of(RowFactory.create("AUTO_FAIL", 1, "critical question missed", null, null, null),
                                RowFactory.create("NEGATIVE_SENTIMENT", 2, "customer ended negative", 1_000L, 5_000L,
                                        "my card number is [CARD]")),
                        "standard", "1", callDate),
                RowFactory.create("call-2", Timestamp.valueOf("2026-11-18 10:00:00"), "a2", "Bo Chen", "Billing", "cards",
                        88.0, false, 3, true, List.of("CALIBRATION_SAMPLE"),
                        List.of(RowFactory.create("CALIBRATION_SAMPLE", 3, "drawn for calibration", null, null, null)),
                        "standard", "1", Date.valueOf("2026-11-18")));
        String hash = "ab".repeat(32);
        write(spark, store, Tables.COMPLIANCE_AUDIT,
                RowFactory.create(WEEK_3, "Billing", "a1", "Ana Silva", "greeting", "1", "major", 5L, 5L, 0L, 1.0,
                        List.of(), "default", "2", hash),
                RowFactory.create(WEEK_3, "Billing", "a1", "Ana Silva", "recording-disclosure", "1", "auto_fail", 5L, 4L,
                        1L, 0.8, List.of("call-1"), "default", "2", hash),
                // An agent missing from the roster: no team, no name.
                RowFactory.create(WEEK_3, null, "a9", null, "greeting", "1", "major", 2L, 1L, 1L, 0.5, List.of("call-9"),
                        "default", "2", hash));
        List<Row> agentWeeks = new ArrayList<>();
        List<Row> trends = new ArrayList<>();
        Date[] weeks = {WEEK_1, WEEK_2, WEEK_3};
        for (int week = 0; week < weeks.length; week++) {
            agentWeeks.add(RowFactory.create(weeks[week], "a1", "Ana Silva", "Billing", "s1", 400, 10L, 70.0 + week,
                    week == 2 ? 1L : 0L, 0.9, Map.of("greeting", 1.0), 0.1, 300.0, 0.12, null, 1L, 0L));
            agentWeeks.add(RowFactory.create(weeks[week], "a2", "Bo Chen", "Billing", "s1", 90, 8L, 82.0 - week, 0L,
                    0.95, Map.of("greeting", 1.0), 0.2, 280.0, 0.10, null, 0L, 1L));
            Double change = week == 0 ? null : 1.0;
            trends.add(RowFactory.create(weeks[week], "Billing", 18L, 76.0 + week, 0.92, Map.of("greeting", 1.0), 0.05,
                    0.05, 0.15, 0.11, 290.0 + week, null, change, change, change, change, change, change, change, null));
        }
        write(spark, store, Tables.AGENT_SCORECARDS, agentWeeks.toArray(Row[]::new));
        write(spark, store, Tables.TRENDS, trends.toArray(Row[]::new));
        write(spark, store, Tables.COACHING_TARGETS, RowFactory.create("a1", "Ana Silva", "Billing", 1, "compliance",
                "recording-disclosure", "Did the agent disclose the recording?", 10, 6, 0.6, 0.31, 0.83, 8, 8, 1.0, 0.01,
                8.0, WEEK_1, Date.valueOf("2026-11-22"),
                List.of(RowFactory.create("call-1", callDate, "recording-disclosure failed", 2_000L, 4_000L,
                        "this is [NAME] how can i help")),
                "standard", "1"));
        write(spark, store, Tables.CALL_DRIVERS, RowFactory.create(WEEK_3, "Billing", 0, List.of("card", "lost", "blocked"),
                12L, 0.67, "lda k=4 seed=1"));
        write(spark, store, Tables.EMERGING_TERMS, RowFactory.create(WEEK_3, "outage", 4L, 0.22, 0.0, 0.22, 1));
    }

    private static void write(SparkSession spark, TableStore store, TableDefinition table, Row... rows) {
        store.write(table, spark.createDataFrame(Arrays.asList(rows), table.schema()));
    }
}
