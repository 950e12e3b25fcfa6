package io.callqa.score;

import io.callqa.rules.RuleOutcome;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * What the earlier stages found out about one call, as the score stage reads it: the call's metrics, its rule
 * outcomes, the parties' sentiment and the customer's most negative moment. Per-speaker figures are null for mono
 * recordings whose voices were not separated, overtalk for every mono recording.
 *
 * @param rules outcome by rule id
 * @param mostNegativeCustomerTurn the customer's most negative utterance (redacted), or {@link Evidence#NONE}
 */
public record CallFacts(String callId, String queue, String direction, long durationMillis, long nonTalkMillis,
        long longestSilenceMillis, long longestSilenceStartMillis, Long overtalkMillis, Integer overtalkCount,
        Integer agentInterruptions, Integer customerInterruptions, Double agentWordsPerMinute,
        Double customerWordsPerMinute, Map<String, RuleFinding> rules, PartySentiment customer, PartySentiment agent,
        Evidence mostNegativeCustomerTurn) implements Serializable {

    public CallFacts {
        rules = Map.copyOf(rules);
    }

    public Optional<RuleFinding> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    /** The finding of a category rule when it hit; empty when it missed or {@code ruleId} is null (not configured). */
    public Optional<RuleFinding> categoryHit(String ruleId) {
        return ruleId == null ? Optional.empty()
                : rule(ruleId).filter(finding -> finding.outcome() == RuleOutcome.HIT);
    }

    /** Where the longest silence is, for a reviewer to listen. */
    public Evidence longestSilence() {
        return new Evidence(longestSilenceStartMillis, longestSilenceStartMillis + longestSilenceMillis, null);
    }

    public PartySentiment sentiment(SentimentParty party) {
        return party == SentimentParty.CUSTOMER ? customer : agent;
    }
}
