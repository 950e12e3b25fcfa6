package io.callqa.report;

import java.time.Instant;
import java.util.List;

/**
 * Everything the pages show, as plain values read from the scoring tables. It holds only redacted text: evidence from
 * rule results and flags, never the unredacted transcripts.
 */
public record ReportData(
        Instant generatedAt,
        String outputRoot,
        long flaggedCallsTotal,
        List<FlaggedCall> reviewQueue,
        List<RuleAdherence> compliance,
        List<TeamWeek> trends,
        List<CallDriver> callDrivers,
        List<EmergingTerm> emergingTerms,
        List<CoachingTarget> coachingTargets) {

    public ReportData {
        reviewQueue = List.copyOf(reviewQueue);
        compliance = List.copyOf(compliance);
        trends = List.copyOf(trends);
        callDrivers = List.copyOf(callDrivers);
        emergingTerms = List.copyOf(emergingTerms);
        coachingTargets = List.copyOf(coachingTargets);
    }
}
