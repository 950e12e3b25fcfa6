package io.callqa.score;

import java.io.Serializable;
import java.util.Set;

/**
 * One question of a scorecard.
 *
 * @param points what the question is worth within its section
 * @param critical an auto-fail question: not meeting it fails the whole evaluation (score 0)
 * @param queues the queues it applies to; empty for every queue
 * @param directions the directions (inbound, outbound) it applies to; empty for both
 */
public record Criterion(String id, String question, double points, boolean critical, AnswerSource source,
        Set<String> queues, Set<String> directions) implements Serializable {
    public Criterion {
        queues = Set.copyOf(queues);
        directions = Set.copyOf(directions);
    }

    public CriterionResult answer(CallFacts call) {
        if (!queues.isEmpty() && (call.queue() == null || !queues.contains(call.queue()))) {
            return new CriterionResult(Answer.NOT_APPLICABLE, "not asked for queue " + call.queue(), Evidence.NONE);
        }
        if (!directions.isEmpty() && (call.direction() == null || !directions.contains(call.direction()))) {
            return new CriterionResult(Answer.NOT_APPLICABLE, "not asked for " + call.direction() + " calls",
                    Evidence.NONE);
        }
        return source.answer(call);
    }
}
