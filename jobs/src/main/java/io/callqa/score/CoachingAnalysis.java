package io.callqa.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds, for each agent, the questions where the agent meets the form less often than the rest of the team by a
 * margin chance does not explain (one-sided Fisher's exact test), ranked by the score points it costs per call. An
 * agent is compared with the rest of the team, not with a team average that includes the agent; a team of one has
 * nobody to be compared with and gets no targets.
 */
public final class CoachingAnalysis {
    private final CoachingSettings settings;
    private final Map<String, Double> pointsPerCall = new HashMap<>();
    private final Map<String, Scorecard.SectionCriterion> criteria = new LinkedHashMap<>();

    public CoachingAnalysis(Scorecard scorecard) {
        this.settings = scorecard.coaching();
        double totalWeight = scorecard.sections().stream().mapToDouble(ScorecardSection::weight).sum();
        for (Scorecard.SectionCriterion entry : scorecard.criteria()) {
            double sectionPoints = entry.section().criteria().stream().mapToDouble(Criterion::points).sum();
            pointsPerCall.put(entry.criterion().id(),
                    100 * entry.section().weight() / totalWeight * entry.criterion().points() / sectionPoints);
            criteria.put(entry.criterion().id(), entry);
        }
    }

    public List<CoachingTarget> targets(List<CriterionTally> tallies) {
        Map<String, int[]> teamTotals = new HashMap<>();
        for (CriterionTally tally : tallies) {
            int[] totals = teamTotals.computeIfAbsent(teamKey(tally.team(), tally.criterionId()), key -> new int[2]);
            totals[0] += tally.applicableCalls();
            totals[1] += tally.metCalls();
        }
        Map<String, List<CoachingTarget>> byAgent = new LinkedHashMap<>();
        for (CriterionTally tally : tallies) {
            Scorecard.SectionCriterion entry = criteria.get(tally.criterionId());
            int[] totals = teamTotals.get(teamKey(tally.team(), tally.criterionId()));
            int restCalls = totals[0] - tally.applicableCalls();
            int restMet = totals[1] - tally.metCalls();
            if (entry == null || tally.team() == null || tally.applicableCalls() < settings.minimumCalls()
                    || restCalls == 0) {
                continue;
            }
            double agentRate = (double) tally.metCalls() / tally.applicableCalls();
            double restRate = (double) restMet / restCalls;
            if (agentRate >= restRate) {
                continue;
            }
            double pValue = FisherExactTest.lowerTail(tally.metCalls(), tally.applicableCalls(), restMet, restCalls);
            if (pValue > settings.significance()) {
                continue;
            }
            byAgent.computeIfAbsent(tally.agentId(), key -> new ArrayList<>()).add(new CoachingTarget(tally.team(),
                    tally.agentId(), entry.section().id(), tally.criterionId(), entry.criterion().question(),
                    tally.applicableCalls(), tally.metCalls(), agentRate,
                    WilsonInterval.of(tally.metCalls(), tally.applicableCalls()), restCalls, restMet, restRate,
                    pValue, (restRate - agentRate) * pointsPerCall.get(tally.criterionId()), 0));
        }
        List<CoachingTarget> ranked = new ArrayList<>();
        for (List<CoachingTarget> targets : byAgent.values()) {
            targets.sort(Comparator.comparingDouble(CoachingTarget::impactPoints).reversed()
                    .thenComparingDouble(CoachingTarget::pValue));
            for (int index = 0; index < targets.size(); index++) {
                CoachingTarget target = targets.get(index);
                ranked.add(new CoachingTarget(target.team(), target.agentId(), target.sectionId(),
                        target.criterionId(), target.question(), target.agentCalls(), target.agentMet(),
                        target.agentRate(), target.agentInterval(), target.teamCalls(), target.teamMet(),
                        target.teamRate(), target.pValue(), target.impactPoints(), index + 1));
            }
        }
        return ranked;
    }

    private static String teamKey(String team, String criterionId) {
        return Objects.toString(team) + "\u0000" + criterionId;
    }
}
