package io.callqa.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the pages show, as plain values read from the scoring tables. It holds only redacted text: evidence from
 * rule results and flags, never the unredacted transcripts. {@code recordings} says, per queued call, where its
 * recording can be played from (a call without a link is missing); {@code calibration} how the automatic answers
 * hold up against reviewers' verdicts.
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
        List<CoachingTarget> coachingTargets,
        Map<String, RecordingLink> recordings,
        List<CalibrationFigure> calibration) {

    public ReportData {
        reviewQueue = List.copyOf(reviewQueue);
        compliance = List.copyOf(compliance);
        trends = List.copyOf(trends);
        callDrivers = List.copyOf(callDrivers);
        emergingTerms = List.copyOf(emergingTerms);
        coachingTargets = List.copyOf(coachingTargets);
        recordings = Map.copyOf(recordings);
        calibration = List.copyOf(calibration);
    }
}
