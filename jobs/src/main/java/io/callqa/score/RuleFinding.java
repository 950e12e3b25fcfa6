package io.callqa.score;

import io.callqa.rules.RuleOutcome;
import java.io.Serializable;

/**
 * One rule's outcome for a call, from {@code rule_results}, with its (redacted) evidence when the rule matched.
 *
 * @param evidenceStartMillis where the evidence starts, or null when nothing matched
 */
public record RuleFinding(String ruleId, RuleOutcome outcome, Long evidenceStartMillis, Long evidenceEndMillis,
        String evidenceText) implements Serializable {}
