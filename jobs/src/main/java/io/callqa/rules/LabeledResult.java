package io.callqa.rules;

/**
 * A rule's result on a call next to the outcome a person labeled the call with: one observation for
 * {@link RuleAccuracy}.
 */
public record LabeledResult(String callId, RuleOutcome expected, RuleResult actual) {
    /**
     * Whether the rule's words were found (or, for {@code expected}, should have been): PASS for a required rule,
     * FAIL for a prohibited one, HIT for a category. NOT_APPLICABLE counts as not found.
     */
    static boolean found(RuleKind kind, RuleOutcome outcome) {
        return switch (outcome) {
            case PASS -> kind == RuleKind.REQUIRED;
            case FAIL -> kind == RuleKind.PROHIBITED;
            case HIT -> true;
            case MISS, NOT_APPLICABLE -> false;
        };
    }
}
