package io.callqa.analysis;

import io.callqa.rules.CallText;
import io.callqa.rules.Evidence;
import io.callqa.rules.RulePack;
import io.callqa.rules.RuleResult;
import io.callqa.rules.SpokenTurn;
import java.util.List;

/**
 * Analyzes one call: redaction and sentiment per utterance, sentiment per party, and the rule pack's outcomes with
 * their evidence redacted. Plain Java; the analyze stage runs it inside Spark tasks with models shared per JVM.
 */
public final class CallAnalyzer {
    private final SentimentModel sentiment;
    private final Redactor redactor;
    private final RulePack rules;

    public CallAnalyzer(SentimentModel sentiment, Redactor redactor, RulePack rules) {
        this.sentiment = sentiment;
        this.redactor = redactor;
        this.rules = rules;
    }

    public List<AnalyzedUtterance> analyzeUtterances(CallText call) {
        return call.turns().stream()
                .map(turn -> new AnalyzedUtterance(turn, redactor.redact(turn.text()), sentiment.of(turn.text())))
                .toList();
    }

    public static List<RoleSentiment> sentimentByRole(List<AnalyzedUtterance> utterances, long durationMillis) {
        return SentimentTimeline.summarize(utterances.stream()
                .map(utterance -> {
                    SpokenTurn turn = utterance.turn();
                    return new ScoredUtterance(turn.speaker(), turn.startMillis(), turn.endMillis(),
                            wordCount(turn.text()), utterance.sentiment());
                })
                .toList(), durationMillis);
    }

    /** The rule pack's outcome for every rule; evidence is shown to analysts, so its words are redacted. */
    public List<RuleResult> evaluateRules(CallText call) {
        return rules.evaluate(call).stream().map(this::redactEvidence).toList();
    }

    private RuleResult redactEvidence(RuleResult result) {
        Evidence evidence = result.evidence();
        if (evidence == null || evidence.matchedText() == null) {
            return result;
        }
        Evidence redacted = new Evidence(evidence.turnIndex(), evidence.startMillis(), evidence.endMillis(),
                redactor.redact(evidence.matchedText()).text(), evidence.similarity());
        return new RuleResult(result.ruleId(), result.ruleVersion(), result.kind(), result.severity(), result.outcome(),
                redacted);
    }

    private static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
