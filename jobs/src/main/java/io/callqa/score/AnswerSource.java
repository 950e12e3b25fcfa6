package io.callqa.score;

import io.callqa.rules.RuleOutcome;
import java.io.Serializable;
import java.util.Set;

/** Where a criterion's answer comes from: a rule's outcome, a call metric, or a party's sentiment. */
public sealed interface AnswerSource extends Serializable {

    /** The answer and what it rests on, for the reviewer. */
    CriterionResult answer(CallFacts call);

    /**
     * Met when the rule's outcome is one of {@code metWhen}; not applicable when the rule was, or when the call has no
     * result for it.
     */
    record FromRule(String ruleId, Set<RuleOutcome> metWhen) implements AnswerSource {
        public FromRule {
            metWhen = Set.copyOf(metWhen);
        }

        @Override
        public CriterionResult answer(CallFacts call) {
            return call.rule(ruleId)
                    .filter(finding -> finding.outcome() != RuleOutcome.NOT_APPLICABLE)
                    .map(finding -> new CriterionResult(
                            metWhen.contains(finding.outcome()) ? Answer.MET : Answer.NOT_MET,
                            "rule " + ruleId + ": " + finding.outcome(), finding.evidence()))
                    .orElse(new CriterionResult(Answer.NOT_APPLICABLE, "rule " + ruleId + ": not applicable",
                            Evidence.NONE));
        }
    }

    /** Met when the metric lies within the threshold; not applicable when the call cannot tell the metric. */
    record FromMetric(CallMeasure measure, Threshold threshold) implements AnswerSource {
        @Override
        public CriterionResult answer(CallFacts call) {
            return measure.of(call)
                    .map(value -> new CriterionResult(threshold.isMetBy(value) ? Answer.MET : Answer.NOT_MET,
                            measure.label() + " " + Threshold.number(value) + ", expected " + threshold.describe(),
                            measure == CallMeasure.LONGEST_SILENCE_SECONDS ? call.longestSilence() : Evidence.NONE))
                    .orElse(new CriterionResult(Answer.NOT_APPLICABLE, measure.label() + ": not known for this call",
                            Evidence.NONE));
        }
    }

    /** Met when the party's sentiment figure lies within the threshold; not applicable when the party said nothing. */
    record FromSentiment(SentimentParty party, SentimentMeasure measure, Threshold threshold) implements AnswerSource {
        @Override
        public CriterionResult answer(CallFacts call) {
            Double value = call.sentiment(party).value(measure);
            String name = party.label() + " sentiment " + measure.label();
            if (value == null) {
                return new CriterionResult(Answer.NOT_APPLICABLE, name + ": the " + party.label() + " said nothing",
                        Evidence.NONE);
            }
            boolean met = threshold.isMetBy(value);
            return new CriterionResult(met ? Answer.MET : Answer.NOT_MET,
                    name + " " + Threshold.number(value) + ", expected " + threshold.describe(),
                    met || party != SentimentParty.CUSTOMER ? Evidence.NONE : call.mostNegativeCustomerTurn());
        }
    }
}
