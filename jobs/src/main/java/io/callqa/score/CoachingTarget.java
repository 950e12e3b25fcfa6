package io.callqa.score;

/**
 * A question on which an agent falls behind the rest of the team by more than chance.
 *
 * @param pValue one-sided Fisher's exact test: the chance of a gap this large if the agent were as good as the team
 * @param impactPoints score points per call the agent would gain by meeting the question as often as the team does
 * @param rank 1 for the agent's target with the largest impact
 */
public record CoachingTarget(String team, String agentId, String sectionId, String criterionId, String question,
        int agentCalls, int agentMet, double agentRate, WilsonInterval agentInterval, int teamCalls, int teamMet,
        double teamRate, double pValue, double impactPoints, int rank) {}
