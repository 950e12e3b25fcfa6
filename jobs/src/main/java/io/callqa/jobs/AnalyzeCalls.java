package io.callqa.jobs;

import io.callqa.analysis.AnalyzedUtterance;
import io.callqa.analysis.CallAnalyzer;
import io.callqa.analysis.RoleSentiment;
import io.callqa.nlp.PiiRedactor;
import io.callqa.nlp.SentimentAnalyzer;
import io.callqa.rejects.RejectReason;
import io.callqa.rules.CallText;
import io.callqa.rules.Evidence;
import io.callqa.rules.RulePack;
import io.callqa.rules.RuleResult;
import io.callqa.rules.Speaker;
import io.callqa.rules.SpokenTurn;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The executor side of the analyze stage: one {@link CallAnalyzer} per partition over the JVM's shared models. */
final class AnalyzeCalls implements MapPartitionsFunction<Row, Row> {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeCalls.class);

    /** Recorded with every analyzed utterance, so that results can be traced to the models that made them. */
    static final String NLP_VERSION = "corenlp-4.5.10/" + SentimentAnalyzer.DEFAULT_PARSER.name().toLowerCase(java.util.Locale.ROOT);

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
            return java.util.Collections.emptyIterator();
        }
        long loading = threadCpuNanos();
        PiiRedactor redactor = new PiiRedactor();
        CallAnalyzer analyzer = new CallAnalyzer(new SentimentAnalyzer()::analyze, redactor::redact, rules);
        counters.loadingMillis().add((threadCpuNanos() - loading) / 1_000_000);
        Timestamp now = Timestamp.from(Instant.now());
        List<Row> outcomes = new ArrayList<>();
        while (calls.hasNext()) {
            Row call = calls.next();
            try {
                outcomes.add(analyze(call, analyzer, rules, now));
            } catch (RuntimeException e) {
                String callId = call.getAs("call_id");
                // The message of an exception thrown while parsing or matching may quote the transcript: only its
                // type goes to the log at WARN and to rejects (which analysts read); the whole of it to DEBUG.
                LOG.warn("Cannot analyze call {}: {} (the message is logged at DEBUG, as it may quote the transcript)",
                        callId, e.getClass().getName());
                LOG.debug("Cannot analyze call {}", callId, e);
                Row reject = RowFactory.create(callId, "call_metrics", RejectReason.INTERNAL_ERROR.name(),
                        "Cannot analyze call: " + e.getClass().getName(), null, false, now, AnalyzeJob.STAGE);
                outcomes.add(RowFactory.create(callId, AnalysisOutcome.REJECTED, false, Rows.seq(List.of()),
                        Rows.seq(List.of()), Rows.seq(List.of()), Rows.seq(List.of()), reject));
            }
        }
        return outcomes.iterator();
    }

    private Row analyze(Row call, CallAnalyzer analyzer, RulePack rules, Timestamp now) {
        CallText text = callText(call);
        String agentId = call.getAs("agent_id");
        Object callDate = call.getAs("call_date");
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
            for (AnalyzedUtterance utterance : analyzed) {
                SpokenTurn turn = utterance.turn();
                utterances.add(RowFactory.create(text.callId(), turn.index(), turn.speaker().label(), turn.startMillis(),
                        turn.endMillis(), utterance.redacted().text(),
                        Rows.seq(utterance.redacted().spans().stream().map(span -> span.type().name()).distinct().toList()),
                        utterance.sentiment().label(), utterance.sentiment().score(), agentId, NLP_VERSION,
                        now, callDate));
            }
            for (RoleSentiment role : CallAnalyzer.sentimentByRole(analyzed, text.durationMillis())) {
                sentiments.add(RowFactory.create(text.callId(), role.speaker().label(), agentId, role.utterances(),
                        role.score(), role.negativeShare(), role.firstQuarter(), role.secondQuarter(),
                        role.thirdQuarter(), role.fourthQuarter(), role.shift(), NLP_VERSION, callDate));
            }
        }
        List<Row> results = new ArrayList<>();
        for (RuleResult result : analyzer.evaluateRules(text)) {
            Evidence evidence = result.evidence();
            results.add(RowFactory.create(text.callId(), agentId, result.ruleId(), result.ruleVersion(), result.kind(),
                    result.severity(), result.outcome().name(),
                    evidence == null ? null : evidence.turnIndex(),
                    evidence == null ? null : evidence.startMillis(),
                    evidence == null ? null : evidence.endMillis(),
                    evidence == null ? null : evidence.matchedText(),
                    evidence == null ? null : evidence.similarity(),
                    rules.id(), rules.version(), rules.hash(), now, callDate));
        }
        return RowFactory.create(text.callId(), needsText ? AnalysisOutcome.ANALYZED : AnalysisOutcome.RULES_ONLY,
                needsText, Rows.seq(utterances), Rows.seq(sentiments), Rows.seq(results), Rows.seq(scrubbed), null);
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
