package io.callqa.jobs;

import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

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

    /**
     * One call's labels.
     *
     * @param customerEnd the customer's sentiment in the last quarter; {@code customerShift} the change over the call
     * @param outage whether the customer mentions an outage (the emerging call driver of week two)
     */
    record LabeledCall(String callId, String agentId, String startedAt, String queue, String customerId,
            boolean greeting, boolean disclosure, long longestSilenceSeconds, double customerMean, double customerEnd,
            double customerShift, boolean escalation, boolean cancellation, boolean outage) {

        static LabeledCall plain(String callId, String agentId, String startedAt) {
            return new LabeledCall(callId, agentId, startedAt, "cards", null, true, true, 5, 0.1, 0.2, 0.0, false,
                    false, false);
        }

        LabeledCall noGreeting() {
            return new LabeledCall(callId, agentId, startedAt, queue, customerId, false, disclosure,
                    longestSilenceSeconds, customerMean, customerEnd, customerShift, escalation, cancellation, outage);
        }

        LabeledCall noDisclosure() {
            return new LabeledCall(callId, agentId, startedAt, queue, customerId, greeting, false,
                    longestSilenceSeconds, customerMean, customerEnd, customerShift, escalation, cancellation, outage);
        }

        LabeledCall silence(long seconds) {
            return new LabeledCall(callId, agentId, startedAt, queue, customerId, greeting, disclosure, seconds,
                    customerMean, customerEnd, customerShift, escalation, cancellation, outage);
        }

        LabeledCall customer(String id) {
            return new LabeledCall(callId, agentId, startedAt, queue, id, greeting, disclosure,
                    longestSilenceSeconds, customerMean, customerEnd, customerShift, escalation, cancellation, outage);
        }

        LabeledCall upset() {
            return new LabeledCall(callId, agentId, startedAt, queue, customerId, greeting, disclosure,
                    longestSilenceSeconds, -0.5, -0.6, -0.8, escalation, cancellation, outage);
        }

        LabeledCall escalates() {
            return new LabeledCall(callId, agentId, startedAt, queue, customerId, greeting, disclosure,
                    longestSilenceSeconds, customerMean, customerEnd, customerShift, true, cancellation, outage);
        }

        LabeledCall cancels() {
            return new LabeledCall(callId, agentId, startedAt, queue, customerId, greeting, disclosure,
                    longestSilenceSeconds, customerMean, customerEnd, customerShift, escalation, true, outage);
        }

        LabeledCall mentionsOutage() {
            return new LabeledCall(callId, agentId, startedAt, queue, customerId, greeting, disclosure,
                    longestSilenceSeconds, customerMean, customerEnd, customerShift, escalation, cancellation, true);
        }

        LabeledCall inQueue(String name) {
            return new LabeledCall(callId, agentId, startedAt, name, customerId, greeting, disclosure,
                    longestSilenceSeconds, customerMean, customerEnd, customerShift, escalation, cancellation, outage);
        }
    }

    static final List<LabeledCall> CALLS = List.of(
            // Cards, A1: never greets. Week 1.
            LabeledCall.plain("a1-1", "A1", "2026-11-02T09:00:00Z").noGreeting().customer("K2"),
            LabeledCall.plain("a1-2", "A1", "2026-11-03T09:00:00Z").noGreeting().silence(45),
            LabeledCall.plain("a1-3", "A1", "2026-11-04T09:00:00Z").noGreeting(),
            // Week 2.
            LabeledCall.plain("a1-4", "A1", "2026-11-09T09:00:00Z").noGreeting().escalates().mentionsOutage(),
            LabeledCall.plain("a1-5", "A1", "2026-11-10T09:00:00Z").noGreeting().mentionsOutage(),
            LabeledCall.plain("a1-6", "A1", "2026-11-11T09:00:00Z").noGreeting(),
            // Cards, A2: always greets. Week 1; customer K1 calls twice within a week.
            LabeledCall.plain("a2-1", "A2", "2026-11-02T10:00:00Z").customer("K1"),
            LabeledCall.plain("a2-2", "A2", "2026-11-04T10:00:00Z").customer("K1"),
            LabeledCall.plain("a2-3", "A2", "2026-11-05T10:00:00Z").noDisclosure(),
            LabeledCall.plain("a2-4", "A2", "2026-11-06T10:00:00Z").upset(),
            // Week 2.
            LabeledCall.plain("a2-5", "A2", "2026-11-09T10:00:00Z").cancels().mentionsOutage(),
            LabeledCall.plain("a2-6", "A2", "2026-11-10T10:00:00Z").mentionsOutage(),
            LabeledCall.plain("a2-7", "A2", "2026-11-11T10:00:00Z"),
            LabeledCall.plain("a2-8", "A2", "2026-11-12T10:00:00Z"),
            // Loans, A3 alone: weeks 1 and 3, none in week 2.
            LabeledCall.plain("a3-1", "A3", "2026-11-03T11:00:00Z").noGreeting().inQueue("loans"),
            LabeledCall.plain("a3-2", "A3", "2026-11-05T11:00:00Z").inQueue("loans"),
            LabeledCall.plain("a3-3", "A3", "2026-11-17T11:00:00Z").inQueue("loans").customer("K3"),
            // An agent missing from the roster.
            LabeledCall.plain("a9-1", "A9", "2026-11-10T12:00:00Z"));

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
                    call.longestSilenceSeconds()));
            rules.add(rule(call, "greeting", "required", "minor", call.greeting() ? "PASS" : "FAIL", null));
            rules.add(rule(call, "recording-disclosure", "required", "auto_fail", call.disclosure() ? "PASS" : "FAIL",
                    null));
            rules.add(rule(call, "closing", "required", "minor", "PASS", null));
            rules.add(rule(call, "escalation-request", "category", null, call.escalation() ? "HIT" : "MISS",
                    call.escalation() ? "i want a supervisor" : null));
            rules.add(rule(call, "cancellation-intent", "category", null, call.cancellation() ? "HIT" : "MISS",
                    call.cancellation() ? "cancel my account" : null));
            sentiments.add(values(Tables.CALL_SENTIMENT.schema(), Map.of("call_id", call.callId(), "role", "customer",
                    "agent_id", call.agentId(), "utterances", 2, "sentiment_score", call.customerMean(),
                    "q4_score", call.customerEnd(), "sentiment_shift", call.customerShift(), "nlp_version", "test",
                    "call_date", date(call.startedAt()))));
            utterances.add(utterance(call, 1, 10_000, "my card payment failed" + (call.outage() ? " outage" : ""), 0.0));
            if (call.customerEnd() < 0) {
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
        values.put("utterances", 20);
        values.put("model", "test");
        values.put("transcribed_at", Timestamp.from(Instant.parse("2026-11-20T00:00:00Z")));
        values.put("call_date", date(startedAt));
        return values(Tables.CALL_METRICS.schema(), values);
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
        values.put("rule_pack_version", "2");
        values.put("rule_pack_hash", "f".repeat(64));
        values.put("evaluated_at", Timestamp.from(Instant.parse("2026-11-20T00:00:00Z")));
        values.put("call_date", date(call.startedAt()));
        return values(Tables.RULE_RESULTS.schema(), values);
    }

    private static Row utterance(LabeledCall call, int index, long startMillis, String text, double sentiment) {
        Map<String, Object> values = new HashMap<>();
        values.put("call_id", call.callId());
        values.put("utterance_index", index);
        values.put("role", "customer");
        values.put("start_ms", startMillis);
        values.put("end_ms", startMillis + 3_000);
        values.put("text", text);
        values.put("redacted", Rows.seq(List.of()));
        values.put("sentiment", sentiment < 0 ? "negative" : "neutral");
        values.put("sentiment_score", sentiment);
        values.put("agent_id", call.agentId());
        values.put("nlp_version", "test");
        values.put("analyzed_at", Timestamp.from(Instant.parse("2026-11-20T00:00:00Z")));
        values.put("call_date", date(call.startedAt()));
        return values(Tables.UTTERANCES.schema(), values);
    }

    private static Row values(StructType schema, Map<String, Object> values) {
        return RowFactory.create(java.util.Arrays.stream(schema.fieldNames()).map(values::get).toArray());
    }

    private static Date date(String startedAt) {
        return Date.valueOf(startedAt.substring(0, 10));
    }
}
