package io.callqa.testing;

import io.callqa.tables.RowBuilder;
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
import org.apache.spark.sql.SparkSession;

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
            words.add(Tables.TRANSCRIPTS.elementRow("words").set("word", word).set("start_ms", start)
                    .set("end_ms", start + 200).set("confidence", 0.9).build());
        }
        write(spark, store, Tables.TRANSCRIPTS, Tables.TRANSCRIPTS.row().set("call_id", "call-1")
                .set("utterance_index", 0).set("role", "customer").set("role_confidence", 1.0).set("channel", 1)
                .set("start_ms", 1_000L).set("end_ms", 5_000L).set("text", spoken).set("confidence", 0.9)
                .set("words", words).set("model", "test-model").set("call_date", callDate).build());
        write(spark, store, Tables.UTTERANCES, Tables.UTTERANCES.row().set("call_id", "call-1").set("utterance_index", 0)
                .set("role", "customer").set("start_ms", 1_000L).set("end_ms", 5_000L)
                .set("text", "my card number is [CARD]").set("redacted", List.of("CARD")).set("sentiment", "neutral")
                .set("sentiment_score", 0.0).set("agent_id", "a1").set("nlp_version", "test-nlp")
                .set("analyzed_at", evaluatedAt()).set("call_date", callDate).build());
        write(spark, store, Tables.CALL_METRICS, metrics("call-1", recording(outputRoot).toString(), started, callDate),
                metrics("call-2", S3_RECORDING, Timestamp.valueOf("2026-11-18 10:00:00"), Date.valueOf("2026-11-18")));

        write(spark, store, Tables.RULE_RESULTS,
                ruleResult(callDate, "greeting", "major", "PASS").set("evidence_utterance_index", 0)
                        .set("evidence_start_ms", 500L).set("evidence_end_ms", 3_000L)
                        .set("evidence_text", "thank you for calling north wind bank this is [NAME]")
                        .set("similarity", 0.97).build(),
                ruleResult(callDate, "recording-disclosure", "auto_fail", "FAIL").emptyWhereNotSet().build());

        Row greeting = Tables.CALL_SCORECARDS.elementRow("criteria").set("section_id", "opening")
                .set("criterion_id", "greeting").set("question", "Did the agent greet the customer?").set("answer", "MET")
                .set("points", 10.0).set("possible_points", 10.0).set("critical", false).set("detail", "greeting passed")
                .set("evidence_start_ms", 500L).set("evidence_end_ms", 3_000L)
                .set("evidence_text", "thank you for calling north wind bank").build();
        Row missedDisclosure = Tables.CALL_SCORECARDS.elementRow("criteria").set("section_id", "compliance")
                .set("criterion_id", "recording-disclosure").set("question", "Did the agent disclose the recording?")
                .set("answer", "NOT_MET").set("points", 0.0).set("possible_points", 20.0).set("critical", true)
                .set("detail", "recording-disclosure failed").emptyWhereNotSet().build();
        write(spark, store, Tables.CALL_SCORECARDS, Tables.CALL_SCORECARDS.row().set("call_id", "call-1")
                .set("started_at", started).set("agent_id", "a1").set("agent_name", "Ana Silva").set("team", "Billing")
                .set("supervisor_id", "s1").set("tenure_days", 400).set("queue", "cards").set("direction", "inbound")
                .set("customer_id", "cust-9").set("duration_ms", 60_000L).set("non_talk_ms", 6_000L)
                .set("total_score", 0.0).set("score_before_auto_fail", 33.3).set("auto_fail", true)
                .set("auto_fail_criteria", List.of("recording-disclosure"))
                .set("sections", List.of(section("opening", "Opening", 40.0, 100.0),
                        section("compliance", "Compliance", 60.0, 0.0)))
                .set("criteria", List.of(greeting, missedDisclosure)).set("compliance_applicable", 2)
                .set("compliance_passed", 1).set("escalation", false).set("cancellation_intent", false)
                .set("customer_sentiment", -0.4).set("customer_sentiment_shift", -0.6)
                .set("first_contact_resolved", null).set("scorecard_id", "standard").set("scorecard_version", "1")
                .set("scorecard_hash", "cd".repeat(32)).set("rule_pack_id", "default").set("rule_pack_version", "2")
                .set("scored_at", started).set("call_date", callDate).build());
        write(spark, store, Tables.FLAGGED_CALLS,
                Tables.FLAGGED_CALLS.row().set("call_id", "call-1").set("started_at", started).set("agent_id", "a1")
                        .set("agent_name", "Ana Silva").set("team", "Billing").set("queue", "cards")
                        .set("total_score", 0.0).set("auto_fail", true).set("priority", 1)
                        .set("calibration_sample", false).set("reason_codes", List.of("AUTO_FAIL", "NEGATIVE_SENTIMENT"))
                        .set("reasons", List.of(reason("AUTO_FAIL", 1, "critical question missed").emptyWhereNotSet().build(),
                                reason("NEGATIVE_SENTIMENT", 2, "customer ended negative").set("evidence_start_ms", 1_000L)
                                        .set("evidence_end_ms", 5_000L).set("evidence_text", "my card number is [CARD]")
                                        .build()))
                        .set("scorecard_id", "standard").set("scorecard_version", "1").set("call_date", callDate).build(),
                Tables.FLAGGED_CALLS.row().set("call_id", "call-2").set("started_at", Timestamp.valueOf("2026-11-18 10:00:00"))
                        .set("agent_id", "a2").set("agent_name", "Bo Chen").set("team", "Billing").set("queue", "cards")
                        .set("total_score", 88.0).set("auto_fail", false).set("priority", 3)
                        .set("calibration_sample", true).set("reason_codes", List.of("CALIBRATION_SAMPLE"))
                        .set("reasons", List.of(reason("CALIBRATION_SAMPLE", 3, "drawn for calibration")
                                .emptyWhereNotSet().build()))
                        .set("scorecard_id", "standard").set("scorecard_version", "1")
                        .set("call_date", Date.valueOf("2026-11-18")).build());
        write(spark, store, Tables.COMPLIANCE_AUDIT,
                audit("Billing", "a1", "Ana Silva", "greeting", "major", 5L, 5L, List.of()),
                audit("Billing", "a1", "Ana Silva", "recording-disclosure", "auto_fail", 5L, 4L, List.of("call-1")),
                // An agent missing from the roster: no team, no name.
                audit(null, "a9", null, "greeting", "major", 2L, 1L, List.of("call-9")));
        List<Row> agentWeeks = new ArrayList<>();
        List<Row> trends = new ArrayList<>();
        Date[] weeks = {WEEK_1, WEEK_2, WEEK_3};
        for (int week = 0; week < weeks.length; week++) {
            agentWeeks.add(Tables.AGENT_SCORECARDS.row().set("week_start", weeks[week]).set("agent_id", "a1")
                    .set("agent_name", "Ana Silva").set("team", "Billing").set("supervisor_id", "s1")
                    .set("tenure_days", 400).set("calls", 10L).set("mean_score", 70.0 + week)
                    .set("auto_fails", week == 2 ? 1L : 0L).set("adherence_rate", 0.9)
                    .set("adherence_by_rule", Map.of("greeting", 1.0)).set("mean_customer_sentiment", 0.1)
                    .set("average_handle_time_seconds", 300.0).set("silence_ratio", 0.12)
                    .set("first_contact_resolution", null).set("escalations", 1L).set("cancellations", 0L).build());
            agentWeeks.add(Tables.AGENT_SCORECARDS.row().set("week_start", weeks[week]).set("agent_id", "a2")
                    .set("agent_name", "Bo Chen").set("team", "Billing").set("supervisor_id", "s1")
                    .set("tenure_days", 90).set("calls", 8L).set("mean_score", 82.0 - week).set("auto_fails", 0L)
                    .set("adherence_rate", 0.95).set("adherence_by_rule", Map.of("greeting", 1.0))
                    .set("mean_customer_sentiment", 0.2).set("average_handle_time_seconds", 280.0)
                    .set("silence_ratio", 0.10).set("first_contact_resolution", null).set("escalations", 0L)
                    .set("cancellations", 1L).build());
            Double change = week == 0 ? null : 1.0;
            trends.add(Tables.TRENDS.row().set("week_start", weeks[week]).set("team", "Billing").set("calls", 18L)
                    .set("mean_score", 76.0 + week).set("adherence_rate", 0.92)
                    .set("adherence_by_rule", Map.of("greeting", 1.0)).set("escalation_rate", 0.05)
                    .set("cancellation_rate", 0.05).set("mean_customer_sentiment", 0.15).set("silence_ratio", 0.11)
                    .set("average_handle_time_seconds", 290.0 + week).set("first_contact_resolution", null)
                    .set("mean_score_change", change).set("adherence_rate_change", change)
                    .set("escalation_rate_change", change).set("cancellation_rate_change", change)
                    .set("mean_customer_sentiment_change", change).set("silence_ratio_change", change)
                    .set("average_handle_time_seconds_change", change).set("first_contact_resolution_change", null)
                    .build());
        }
        write(spark, store, Tables.AGENT_SCORECARDS, agentWeeks.toArray(Row[]::new));
        write(spark, store, Tables.TRENDS, trends.toArray(Row[]::new));
        Row example = Tables.COACHING_TARGETS.elementRow("examples").set("call_id", "call-1").set("call_date", callDate)
                .set("detail", "recording-disclosure failed").set("evidence_start_ms", 2_000L)
                .set("evidence_end_ms", 4_000L).set("evidence_text", "this is [NAME] how can i help").build();
        write(spark, store, Tables.COACHING_TARGETS, Tables.COACHING_TARGETS.row().set("agent_id", "a1")
                .set("agent_name", "Ana Silva").set("team", "Billing").set("rank", 1).set("section_id", "compliance")
                .set("criterion_id", "recording-disclosure").set("question", "Did the agent disclose the recording?")
                .set("agent_calls", 10).set("agent_met", 6).set("agent_rate", 0.6).set("agent_rate_low", 0.31)
                .set("agent_rate_high", 0.83).set("team_calls", 8).set("team_met", 8).set("team_rate", 1.0)
                .set("p_value", 0.01).set("impact_points", 8.0).set("period_start", WEEK_1)
                .set("period_end", Date.valueOf("2026-11-22")).set("examples", List.of(example))
                .set("scorecard_id", "standard").set("scorecard_version", "1").build());
        write(spark, store, Tables.CALL_DRIVERS, Tables.CALL_DRIVERS.row().set("week_start", WEEK_3).set("team", "Billing")
                .set("topic_id", 0).set("top_terms", List.of("card", "lost", "blocked")).set("calls", 12L)
                .set("call_share", 0.67).set("model", "lda k=4 seed=1").build());
        write(spark, store, Tables.EMERGING_TERMS, Tables.EMERGING_TERMS.row().set("week_start", WEEK_3)
                .set("term", "outage").set("calls", 4L).set("share", 0.22).set("previous_share", 0.0).set("rise", 0.22)
                .set("rank", 1).build());
    }

    private static RowBuilder ruleResult(Date callDate, String ruleId, String severity, String outcome) {
        return Tables.RULE_RESULTS.row().set("call_id", "call-1").set("agent_id", "a1").set("rule_id", ruleId)
                .set("rule_version", "1").set("kind", "required").set("severity", severity).set("outcome", outcome)
                .set("rule_pack_id", "default").set("rule_pack_version", "2").set("rule_pack_hash", "ab".repeat(32))
                .set("evaluated_at", evaluatedAt()).set("call_date", callDate);
    }

    private static Row section(String sectionId, String title, double weight, double score) {
        return Tables.CALL_SCORECARDS.elementRow("sections").set("section_id", sectionId).set("title", title)
                .set("weight", weight).set("score", score).build();
    }

    private static RowBuilder reason(String code, int priority, String detail) {
        return Tables.FLAGGED_CALLS.elementRow("reasons").set("reason", code).set("priority", priority)
                .set("detail", detail);
    }

    private static Row audit(String team, String agentId, String agentName, String ruleId, String severity,
            long applicable, long passed, List<String> failing) {
        return Tables.COMPLIANCE_AUDIT.row().set("week_start", WEEK_3).set("team", team).set("agent_id", agentId)
                .set("agent_name", agentName).set("rule_id", ruleId).set("rule_version", "1").set("severity", severity)
                .set("applicable_calls", applicable).set("passed_calls", passed)
                .set("failed_calls", applicable - passed).set("adherence_rate", (double) passed / applicable)
                .set("failing_call_ids", failing).set("rule_pack_id", "default").set("rule_pack_version", "2")
                .set("rule_pack_hash", "ab".repeat(32)).build();
    }

    /** call-1's recording (a copy of sample call c001), beside the output root. */
    public static Path recording(String outputRoot) {
        return Path.of(outputRoot).toAbsolutePath().resolveSibling("recordings").resolve("call-1.wav");
    }

    private static Timestamp evaluatedAt() {
        return Timestamp.valueOf("2026-11-17 10:00:00");
    }

    private static Row metrics(String callId, String audioUri, Timestamp started, Date callDate) {
        return TableRows.withZeroCounts(Tables.CALL_METRICS)
                .set("call_id", callId)
                .set("agent_id", "a1")
                .set("started_at", started)
                .set("audio_uri", audioUri)
                .set("audio_sha256", "0".repeat(64))
                .set("audio_encoding", "mulaw")
                .set("sample_rate", 8_000)
                .set("channels", 2)
                .set("speaker_separation", "none")
                .set("model", "test-model")
                .set("transcribed_at", evaluatedAt())
                .set("call_date", callDate)
                .emptyWhereNotSet()
                .build();
    }

    private static void write(SparkSession spark, TableStore store, TableDefinition table, Row... rows) {
        store.write(table, spark.createDataFrame(Arrays.asList(rows), table.schema()));
    }
}
