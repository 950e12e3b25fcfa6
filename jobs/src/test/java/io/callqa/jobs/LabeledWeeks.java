package io.callqa.jobs;

import static io.callqa.jobs.LabeledWeeks.Label.CANCELS;
import static io.callqa.jobs.LabeledWeeks.Label.ESCALATES;
import static io.callqa.jobs.LabeledWeeks.Label.LONG_SILENCE;
import static io.callqa.jobs.LabeledWeeks.Label.MENTIONS_OUTAGE;
import static io.callqa.jobs.LabeledWeeks.Label.NO_DISCLOSURE;
import static io.callqa.jobs.LabeledWeeks.Label.NO_GREETING;
import static io.callqa.jobs.LabeledWeeks.Label.UPSET;
import static io.callqa.jobs.LabeledWeeks.LabeledCall.call;

import io.callqa.tables.RowBuilder;
import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A labeled dataset for the score stage: three agents in two teams and one agent missing from the roster, over three
 * weeks (Mondays 2026-11-02, -09 and -16), written as the analyze stage would have written it. Every call is a plain
 * call (score 100) unless {@link LabeledCall} says otherwise; ScoreJobTest computes its expectations by hand from
 * these labels.
 */
final class LabeledWeeks {
    static final String ROSTER = """
            agent_id,agent_name,team,supervisor_id,hire_date
            A1,Ann Lee,Cards,S1,2026-01-01
            A2,Ben Ortiz,Cards,S1,2025-11-02
            A3,Cat Ng,Loans,S2,2024-05-20
            """;

    /** What sets a call apart from a plain one (greeted, disclosed, 5 s of silence at most, calm customer). */
    enum Label {
        NO_GREETING,
        NO_DISCLOSURE,
        /** 45 s without talk. */
        LONG_SILENCE,
        /** The customer averages -0.5, ends at -0.6 and falls by 0.8. */
        UPSET,
        ESCALATES,
        CANCELS,
        /** The customer mentions an outage: the emerging call driver of week two. */
        MENTIONS_OUTAGE
    }

    record LabeledCall(String callId, String agentId, String startedAt, String queue, String customerId,
            Set<Label> labels) {

        static LabeledCall call(String callId, String agentId, String startedAt, Label... labels) {
            return new LabeledCall(callId, agentId, startedAt, "cards", null, Set.of(labels));
        }

        LabeledCall customer(String id) {
            return new LabeledCall(callId, agentId, startedAt, queue, id, labels);
        }

        LabeledCall inQueue(String name) {
            return new LabeledCall(callId, agentId, startedAt, name, customerId, labels);
        }

        boolean is(Label label) {
            return labels.contains(label);
        }
    }

    static final List<LabeledCall> CALLS = List.of(
            // Cards, A1: never greets. Week 1.
            call("a1-1", "A1", "2026-11-02T09:00:00Z", NO_GREETING).customer("K2"),
            call("a1-2", "A1", "2026-11-03T09:00:00Z", NO_GREETING, LONG_SILENCE),
            call("a1-3", "A1", "2026-11-04T09:00:00Z", NO_GREETING),
            // Week 2.
            call("a1-4", "A1", "2026-11-09T09:00:00Z", NO_GREETING, ESCALATES, MENTIONS_OUTAGE),
            call("a1-5", "A1", "2026-11-10T09:00:00Z", NO_GREETING, MENTIONS_OUTAGE),
            call("a1-6", "A1", "2026-11-11T09:00:00Z", NO_GREETING),
            // Cards, A2: always greets. Week 1; customer K1 calls twice within a week.
            call("a2-1", "A2", "2026-11-02T10:00:00Z").customer("K1"),
            call("a2-2", "A2", "2026-11-04T10:00:00Z").customer("K1"),
            call("a2-3", "A2", "2026-11-05T10:00:00Z", NO_DISCLOSURE),
            call("a2-4", "A2", "2026-11-06T10:00:00Z", UPSET),
            // Week 2.
            call("a2-5", "A2", "2026-11-09T10:00:00Z", CANCELS, MENTIONS_OUTAGE),
            call("a2-6", "A2", "2026-11-10T10:00:00Z", MENTIONS_OUTAGE),
            call("a2-7", "A2", "2026-11-11T10:00:00Z"),
            call("a2-8", "A2", "2026-11-12T10:00:00Z"),
            // Loans, A3 alone: weeks 1 and 3, none in week 2.
            call("a3-1", "A3", "2026-11-03T11:00:00Z", NO_GREETING).inQueue("loans"),
            call("a3-2", "A3", "2026-11-05T11:00:00Z").inQueue("loans"),
            call("a3-3", "A3", "2026-11-17T11:00:00Z").inQueue("loans").customer("K3"),
            // An agent missing from the roster.
            call("a9-1", "A9", "2026-11-10T12:00:00Z"));

    /** Transcribed, but its analysis never produced rule results. */
    static final String NOT_ANALYZED_CALL = "x-1";

    private LabeledWeeks() {}

    static void write(SparkSession spark, String outputRoot) {
        List<Row> metrics = new ArrayList<>();
        List<Row> rules = new ArrayList<>();
        List<Row> sentiments = new ArrayList<>();
        List<Row> utterances = new ArrayList<>();
        for (LabeledCall call : CALLS) {
            metrics.add(metrics(call.callId(), call.agentId(), call.startedAt(), call.queue(), call.customerId(),
                    call.is(LONG_SILENCE) ? 45 : 5));
            rules.add(rule(call, "greeting", "required", "minor", call.is(NO_GREETING) ? "FAIL" : "PASS", null));
            rules.add(rule(call, "recording-disclosure", "required", "auto_fail",
                    call.is(NO_DISCLOSURE) ? "FAIL" : "PASS", null));
            rules.add(rule(call, "closing", "required", "minor", "PASS", null));
            rules.add(rule(call, "escalation-request", "category", null, call.is(ESCALATES) ? "HIT" : "MISS",
                    call.is(ESCALATES) ? "i want a supervisor" : null));
            rules.add(rule(call, "cancellation-intent", "category", null, call.is(CANCELS) ? "HIT" : "MISS",
                    call.is(CANCELS) ? "cancel my account" : null));
            boolean upset = call.is(UPSET);
            sentiments.add(values(Tables.CALL_SENTIMENT, Map.of("call_id", call.callId(), "role", "customer",
                    "agent_id", call.agentId(), "utterances", 2, "sentiment_score", upset ? -0.5 : 0.1,
                    "q4_score", upset ? -0.6 : 0.2, "sentiment_shift", upset ? -0.8 : 0.0, "nlp_version", "test",
                    "call_date", date(call.startedAt()))));
            utterances.add(utterance(call, 1, 10_000,
                    "my card payment failed" + (call.is(MENTIONS_OUTAGE) ? " outage" : ""), 0.0));
            if (upset) {
                utterances.add(utterance(call, 3, 150_000, "this is awful", -0.7));
            }
        }
        metrics.add(metrics(NOT_ANALYZED_CALL, "A1", "2026-11-12T15:00:00Z", "cards", null, 5));
        TableStore store = new TableStore(spark, outputRoot);
        store.write(Tables.CALL_METRICS, spark.createDataFrame(metrics, Tables.CALL_METRICS.schema()));
        store.write(Tables.RULE_RESULTS, spark.createDataFrame(rules, Tables.RULE_RESULTS.schema()));
        store.write(Tables.CALL_SENTIMENT, spark.createDataFrame(sentiments, Tables.CALL_SENTIMENT.schema()));
        store.write(Tables.UTTERANCES, spark.createDataFrame(utterances, Tables.UTTERANCES.schema()));
    }

    /** Every call lasts 200 s, 40 s of which nobody talks. */
    private static Row metrics(String callId, String agentId, String startedAt, String queue, String customerId,
            long longestSilenceSeconds) {
        Map<String, Object> values = new HashMap<>();
        values.put("call_id", callId);
        values.put("agent_id", agentId);
        values.put("started_at", Timestamp.from(Instant.parse(startedAt)));
        values.put("direction", "inbound");
        values.put("queue", queue);
        values.put("customer_id", customerId);
        values.put("audio_uri", "calls/" + callId + ".wav");
        values.put("audio_sha256", "0".repeat(64));
        values.put("audio_encoding", "mulaw");
        values.put("sample_rate", 8000);
        values.put("channels", 2);
        values.put("agent_channel", 0);
        values.put("duration_ms", 200_000L);
        values.put("talk_ms", 160_000L);
        values.put("agent_talk_ms", 90_000L);
        values.put("customer_talk_ms", 80_000L);
        values.put("non_talk_ms", 40_000L);
        values.put("longest_silence_ms", longestSilenceSeconds * 1000);
        values.put("longest_silence_start_ms", 100_000L);
        values.put("overtalk_ms", 10_000L);
        values.put("overtalk_count", 1);
        values.put("agent_interruptions", 0);
        values.put("customer_interruptions", 1);
        values.put("words", 400);
        values.put("agent_words_per_minute", 150.0);
        values.put("customer_words_per_minute", 140.0);
        values.put("speaker_separation", "none");
        values.put("hold_ms", 0L);
        values.put("utterances", 20);
        values.put("model", "test");
        values.put("transcribed_at", Timestamp.from(Instant.parse("2026-11-20T00:00:00Z")));
        values.put("call_date", date(startedAt));
        return values(Tables.CALL_METRICS, values);
    }

    private static Row rule(LabeledCall call, String ruleId, String kind, String severity, String outcome,
            String evidence) {
        Map<String, Object> values = new HashMap<>();
        values.put("call_id", call.callId());
        values.put("agent_id", call.agentId());
        values.put("rule_id", ruleId);
        values.put("rule_version", "1");
        values.put("kind", kind);
        values.put("severity", severity);
        values.put("outcome", outcome);
        if (evidence != null) {
            values.put("evidence_utterance_index", 2);
            values.put("evidence_start_ms", 60_000L);
            values.put("evidence_end_ms", 62_000L);
            values.put("evidence_text", evidence);
            values.put("similarity", 1.0);
        }
        values.put("rule_pack_id", "callqa-default");
        values.put("rule_pack_version", "3");
        values.put("rule_pack_hash", "f".repeat(64));
        values.put("evaluated_at", Timestamp.from(Instant.parse("2026-11-20T00:00:00Z")));
        values.put("call_date", date(call.startedAt()));
        return values(Tables.RULE_RESULTS, values);
    }

    private static Row utterance(LabeledCall call, int index, long startMillis, String text, double sentiment) {
        Map<String, Object> values = new HashMap<>();
        values.put("call_id", call.callId());
        values.put("utterance_index", index);
        values.put("role", "customer");
        values.put("start_ms", startMillis);
        values.put("end_ms", startMillis + 3_000);
        values.put("text", text);
        values.put("redacted", List.of());
        values.put("sentiment", sentiment < 0 ? "negative" : "neutral");
        values.put("sentiment_score", sentiment);
        values.put("agent_id", call.agentId());
        values.put("nlp_version", "test");
        values.put("analyzed_at", Timestamp.from(Instant.parse("2026-11-20T00:00:00Z")));
        values.put("call_date", date(call.startedAt()));
        return values(Tables.UTTERANCES, values);
    }

    /** A row of {@code table} from the values of the columns this dataset is about; the optional rest is empty. */
    private static Row values(TableDefinition table, Map<String, Object> values) {
        RowBuilder row = table.row();
        values.forEach(row::set);
        return row.emptyWhereNotSet().build();
    }

    private static Date date(String startedAt) {
        return Date.valueOf(startedAt.substring(0, 10));
    }
}
