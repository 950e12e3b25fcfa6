package io.callqa.jobs;

import io.callqa.analysis.AnalyzedUtterance;
import io.callqa.analysis.RoleSentiment;
import io.callqa.nlp.SentimentAnalyzer;
import io.callqa.rules.Evidence;
import io.callqa.rules.RulePack;
import io.callqa.rules.RuleResult;
import io.callqa.rules.SpokenTurn;
import io.callqa.tables.Tables;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Locale;
import org.apache.spark.sql.Row;

/**
 * The rows the analyze stage writes for one call: {@code utterances}, {@code call_sentiment} and
 * {@code rule_results}.
 */
final class AnalysisRows {
    /** Recorded with every analyzed utterance, so that results can be traced to the models that made them. */
    static final String NLP_VERSION =
            "corenlp-4.5.10/" + SentimentAnalyzer.DEFAULT_PARSER.name().toLowerCase(Locale.ROOT);

    private final String callId;
    private final String agentId;
    private final Date callDate;
    private final Timestamp analyzedAt;

    AnalysisRows(String callId, String agentId, Date callDate, Timestamp analyzedAt) {
        this.callId = callId;
        this.agentId = agentId;
        this.callDate = callDate;
        this.analyzedAt = analyzedAt;
    }

    Row utterance(AnalyzedUtterance utterance) {
        SpokenTurn turn = utterance.turn();
        return Tables.UTTERANCES.row()
                .set("call_id", callId)
                .set("utterance_index", turn.index())
                .set("role", turn.speaker().label())
                .set("start_ms", turn.startMillis())
                .set("end_ms", turn.endMillis())
                .set("text", utterance.redacted().text())
                .set("redacted", utterance.redacted().spans().stream().map(span -> span.type().name()).distinct().toList())
                .set("sentiment", utterance.sentiment().label())
                .set("sentiment_score", utterance.sentiment().score())
                .set("agent_id", agentId)
                .set("nlp_version", NLP_VERSION)
                .set("analyzed_at", analyzedAt)
                .set("call_date", callDate)
                .build();
    }

    Row callSentiment(RoleSentiment role) {
        return Tables.CALL_SENTIMENT.row()
                .set("call_id", callId)
                .set("role", role.speaker().label())
                .set("agent_id", agentId)
                .set("utterances", role.utterances())
                .set("sentiment_score", role.score())
                .set("negative_share", role.negativeShare())
                .set("q1_score", role.firstQuarter())
                .set("q2_score", role.secondQuarter())
                .set("q3_score", role.thirdQuarter())
                .set("q4_score", role.fourthQuarter())
                .set("sentiment_shift", role.shift())
                .set("nlp_version", NLP_VERSION)
                .set("call_date", callDate)
                .build();
    }

    Row ruleResult(RuleResult result, RulePack rules) {
        Evidence evidence = result.evidence();
        return Tables.RULE_RESULTS.row()
                .set("call_id", callId)
                .set("agent_id", agentId)
                .set("rule_id", result.ruleId())
                .set("rule_version", result.ruleVersion())
                .set("kind", result.kind().label())
                .set("severity", result.severity())
                .set("outcome", result.outcome().name())
                .set("evidence_utterance_index", evidence == null ? null : evidence.turnIndex())
                .set("evidence_start_ms", evidence == null ? null : evidence.startMillis())
                .set("evidence_end_ms", evidence == null ? null : evidence.endMillis())
                .set("evidence_text", evidence == null ? null : evidence.matchedText())
                .set("similarity", evidence == null ? null : evidence.similarity())
                .set("rule_pack_id", rules.id())
                .set("rule_pack_version", rules.version())
                .set("rule_pack_hash", rules.hash())
                .set("evaluated_at", analyzedAt)
                .set("call_date", callDate)
                .build();
    }
}
