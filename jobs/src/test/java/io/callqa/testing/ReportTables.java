package io.callqa.testing;

import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A small output root with every table the report and the notebooks read, written by hand so that the expected
 * pages and notebook results are known: one team (Billing) of two agents over three weeks, two flagged calls, two
 * compliance rules. The unredacted {@code transcripts} table holds {@code secret}, which nothing downstream may show;
 * call-1's recording is a real sample call beside the output root ({@link #recording}), call-2's is on S3.
 */
public final class ReportTables {
    public static final Date WEEK_1 = Date.valueOf("2026-11-02");
    public static final Date WEEK_2 = Date.valueOf("2026-11-09");
    public static final Date WEEK_3 = Date.valueOf("2026-11-16");
    /** call-2's recording, in a bucket. */
    public static final String S3_RECORDING = "s3://calls/2026/call-2.wav";

    private ReportTables() {}

    public static void write(SparkSession spark, String outputRoot, String secret) {
        TableStore store = new TableStore(spark, outputRoot);
        try {
            Files.createDirectories(recording(outputRoot).getParent());
            Files.copy(CallqaTestHome.home().resolve("samples/calls/c001.wav"), recording(outputRoot),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Timestamp started = Timestamp.valueOf("2026-11-17 09:15:00");
        Date callDate = Date.valueOf("2026-11-17");
        List<Row> words = new ArrayList<>();
        String spoken = "my card number is " + secret;
        for (String word : spoken.split(" ")) {
            // Four words in the first second, then the card number up to 5 s.
            long start = words.size() < 4 ? 1_000 + 250L * words.size()
                    : 2_000 + 3_000L * (words.size() - 4) / (spoken.split(" ").length - 4);
            words.add(RowFactory.create(word, start, start + 200, 0.9));
        }
        write(spark, store, Tables.TRANSCRIPTS, RowFactory.create("call-1", 0, "customer", 1.0, 1, 1_000L, 5_000L,
                spoken, 0.9, words, "test-model", callDate));
        write(spark, store, Tables.UTTERANCES, RowFactory.create("call-1", 0, "customer", 1_000L, 5_000L,
                "my card number is [CARD]", List.of("CARD"), "neutral", 0.0, "a1", "test-nlp", evaluatedAt(), callDate));
        write(spark, store, Tables.CALL_METRICS, metrics("call-1", recording(outputRoot).toString(), started, callDate),
                metrics("call-2", S3_RECORDING, Timestamp.valueOf("2026-11-18 10:00:00"), Date.valueOf("2026-11-18")));

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

    /** call-1's recording (a copy of sample call c001), beside the output root. */
    public static Path recording(String outputRoot) {
        return Path.of(outputRoot).toAbsolutePath().resolveSibling("recordings").resolve("call-1.wav");
    }

    private static Timestamp evaluatedAt() {
        return Timestamp.valueOf("2026-11-17 10:00:00");
    }

    private static Row metrics(String callId, String audioUri, Timestamp started, Date callDate) {
        StructType schema = Tables.CALL_METRICS.schema();
        Object[] values = new Object[schema.size()];
        for (StructField field : schema.fields()) {
            Object zero = field.dataType() == DataTypes.LongType ? (Object) 0L
                    : field.dataType() == DataTypes.IntegerType ? (Object) 0 : null;
            values[schema.fieldIndex(field.name())] = field.nullable() ? null : zero;
        }
        values[schema.fieldIndex("call_id")] = callId;
        values[schema.fieldIndex("agent_id")] = "a1";
        values[schema.fieldIndex("started_at")] = started;
        values[schema.fieldIndex("audio_uri")] = audioUri;
        values[schema.fieldIndex("audio_sha256")] = "0".repeat(64);
        values[schema.fieldIndex("audio_encoding")] = "mulaw";
        values[schema.fieldIndex("sample_rate")] = 8_000;
        values[schema.fieldIndex("channels")] = 2;
        values[schema.fieldIndex("speaker_separation")] = "none";
        values[schema.fieldIndex("model")] = "test-model";
        values[schema.fieldIndex("transcribed_at")] = evaluatedAt();
        values[schema.fieldIndex("call_date")] = callDate;
        return RowFactory.create(values);
    }

    private static void write(SparkSession spark, TableStore store, TableDefinition table, Row... rows) {
        store.write(table, spark.createDataFrame(Arrays.asList(rows), table.schema()));
    }
}
