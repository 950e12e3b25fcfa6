package io.callqa.score;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * What the earlier stages found out about one call, as the score stage reads it: the call's metrics, its rule
 * outcomes, the parties' sentiment and the customer's most negative moment. Per-speaker figures are null for mono
 * recordings.
 *
 * @param rules outcome by rule id
 * @param mostNegativeCustomerTurn the customer's most negative utterance (redacted), or {@link Evidence#NONE}
 */
public record CallFacts(String callId, String queue, String direction, long durationMillis, long nonTalkMillis,
        long longestSilenceMillis, long longestSilenceStartMillis, long overtalkMillis, int overtalkCount,
        Integer agentInterruptions, Integer customerInterruptions, Double agentWordsPerMinute,
        Double customerWordsPerMinute, Map<String, RuleFinding> rules, PartySentiment customer, PartySentiment agent,
        Evidence mostNegativeCustomerTurn) implements Serializable {

    public CallFacts {
        rules = Map.copyOf(rules);
    }

    public Optional<RuleFinding> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    public PartySentiment sentiment(SentimentParty party) {
        return party == SentimentParty.CUSTOMER ? customer : agent;
    }
}
