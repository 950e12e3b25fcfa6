package io.callqa.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One call in the QA review queue: flagged for a reason, or drawn for the calibration sample. */
public record FlaggedCall(
        String callId,
        Instant startedAt,
        String agentId,
        String agentName,
        String team,
        String queue,
        Double totalScore,
        boolean autoFail,
        int priority,
        boolean calibrationSample,
        List<FlagReason> reasons,
        Optional<CallScorecard> scorecard) {

    public FlaggedCall {
        reasons = List.copyOf(reasons);
    }
}
