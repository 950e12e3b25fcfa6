package io.callqa.jobs;

import io.callqa.analysis.AnalyzedUtterance;
import io.callqa.analysis.CallAnalyzer;
import io.callqa.nlp.PiiRedactor;
import io.callqa.nlp.SentimentAnalyzer;
import io.callqa.rejects.Reject;
import io.callqa.rejects.RejectReason;
import io.callqa.rules.CallText;
import io.callqa.rules.RulePack;
import io.callqa.rules.Speaker;
import io.callqa.rules.SpokenTurn;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The executor side of the analyze stage: one {@link CallAnalyzer} per partition over the JVM's shared models. */
final class AnalyzeCalls implements MapPartitionsFunction<Row, Row> {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeCalls.class);

    /** Loaded once on the driver and shipped with the task: every call of a run is judged by the same pack. */
    private final RulePack rules;
    private final boolean keepUnredactedTranscripts;
    /**
     * Where the stage's CPU time goes (CoreNLP loading, and sentiment with redaction), for the pipeline benchmark.
     * CPU time rather than wall time: on a busy machine it still says what the work costs.
     */
    private final TextAnalysisCounters counters;

    AnalyzeCalls(RulePack rules, boolean keepUnredactedTranscripts, TextAnalysisCounters counters) {
        this.rules = rules;
        this.keepUnredactedTranscripts = keepUnredactedTranscripts;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> calls) {
        if (!calls.hasNext()) {
            // Loading CoreNLP takes tens of seconds: not for a partition with nothing to analyze.
            return Collections.emptyIterator();
        }
        long loading = threadCpuNanos();
        PiiRedactor redactor = new PiiRedactor();
        CallAnalyzer analyzer = new CallAnalyzer(new SentimentAnalyzer()::analyze, redactor::redact, rules);
        counters.loadingMillis().add((threadCpuNanos() - loading) / 1_000_000);
        Timestamp now = Timestamp.from(Instant.now());
        return Rows.mapLazily(calls, call -> analyzeOrReject(call, analyzer, now));
    }

    private Row analyzeOrReject(Row call, CallAnalyzer analyzer, Timestamp now) {
        try {
            return analyze(call, analyzer, now);
        } catch (RuntimeException e) {
            String callId = call.getAs("call_id");
            // The message of an exception thrown while parsing or matching may quote the transcript: only its
            // type goes to the log at WARN and to rejects (which analysts read); the whole of it to DEBUG.
            LOG.warn("Cannot analyze call {}: {} (the message is logged at DEBUG, as it may quote the transcript)",
                    callId, e.getClass().getName());
            LOG.debug("Cannot analyze call {}", callId, e);
            Reject reject = new Reject(callId, "call_metrics", AnalyzeJob.STAGE, RejectReason.INTERNAL_ERROR,
                    "Cannot analyze call: " + e.getClass().getName(), null);
            return AnalysisOutcome.rejected(callId, RejectRows.of(reject, now));
        }
    }

    private Row analyze(Row call, CallAnalyzer analyzer, Timestamp now) {
        CallText text = callText(call);
        AnalysisRows rows = new AnalysisRows(text.callId(), call.getAs("agent_id"), call.getAs("call_date"), now);
        boolean needsText = call.getAs("needs_text");
        List<Row> utterances = new ArrayList<>();
        List<Row> sentiments = new ArrayList<>();
        List<Row> scrubbed = new ArrayList<>();
        if (needsText) {
            long analyzing = threadCpuNanos();
            List<AnalyzedUtterance> analyzed = analyzer.analyzeUtterances(text);
            counters.analysisMillis().add((threadCpuNanos() - analyzing) / 1_000_000);
            counters.utterances().add(analyzed.size());
            if (!keepUnredactedTranscripts) {
                List<Row> turns = call.getList(call.fieldIndex("turns"));
                for (int index = 0; index < turns.size(); index++) {
                    scrubbed.add(TranscriptScrubbing.scrub(turns.get(index), analyzed.get(index).redacted()));
                }
            }
            analyzed.forEach(utterance -> utterances.add(rows.utterance(utterance)));
            CallAnalyzer.sentimentByRole(analyzed, text.durationMillis())
                    .forEach(role -> sentiments.add(rows.callSentiment(role)));
        }
        List<Row> results = analyzer.evaluateRules(text).stream().map(result -> rows.ruleResult(result, rules)).toList();
        return AnalysisOutcome.analyzed(text.callId(), needsText, utterances, sentiments, results, scrubbed);
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static CallText callText(Row call) {
        List<SpokenTurn> turns = new ArrayList<>();
        List<Row> rows = call.isNullAt(call.fieldIndex("turns")) ? List.of() : call.getList(call.fieldIndex("turns"));
        for (Row turn : rows) {
            turns.add(new SpokenTurn(turn.getAs("utterance_index"), Speaker.fromLabel(turn.getAs("role")),
                    turn.getAs("start_ms"), turn.getAs("end_ms"), turn.getAs("text")));
        }
        return new CallText(call.getAs("call_id"), call.getAs("duration_ms"), call.getAs("queue"),
                call.getAs("direction"), turns);
    }
}
