package io.callqa.rules;

/**
 * One rule's outcome for one call.
 *
 * @param severity auto_fail, major or minor (null for categories without one)
 * @param evidence the best match, or null when nothing matched
 */
public record RuleResult(String ruleId, String ruleVersion, RuleKind kind, String severity, RuleOutcome outcome,
        Evidence evidence) {}
