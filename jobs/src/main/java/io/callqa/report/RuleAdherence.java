package io.callqa.report;

import java.time.LocalDate;
import java.util.List;

/** How one agent kept one compliance rule in one week (a row of compliance_audit). */
public record RuleAdherence(
        LocalDate weekStart,
        String team,
        String agentId,
        String agentName,
        String ruleId,
        String ruleVersion,
        String severity,
        long applicableCalls,
        long passedCalls,
        long failedCalls,
        Double adherenceRate,
        List<String> failingCallIds,
        String rulePackId,
        String rulePackVersion,
        String rulePackHash) {

    public RuleAdherence {
        failingCallIds = List.copyOf(failingCallIds);
    }
}
