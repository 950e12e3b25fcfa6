package io.callqa.score;

import io.callqa.rules.RuleOutcome;
import java.io.Serializable;

/**
 * One rule's outcome for a call, from {@code rule_results}, with its (redacted) evidence when the rule matched.
 *
 * @param evidence where the rule matched, or {@link Evidence#NONE} when nothing matched
 */
public record RuleFinding(String ruleId, RuleOutcome outcome, Evidence evidence) implements Serializable {}
