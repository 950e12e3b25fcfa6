package io.callqa.report;

import java.util.List;

/** A scorecard question on which an agent is significantly behind the rest of their team. */
public record CoachingTarget(
        String agentId,
        String agentName,
        String team,
        int rank,
        String criterionId,
        String question,
        long agentCalls,
        double agentRate,
        long teamCalls,
        double teamRate,
        double pValue,
        double impactPoints,
        List<CoachingExample> examples) {

    public CoachingTarget {
        examples = List.copyOf(examples);
    }
}
