package io.callqa.rules;

/** PASS, FAIL or NOT_APPLICABLE for required and prohibited rules; HIT or MISS for categories. */
public enum RuleOutcome {
    PASS,
    FAIL,
    NOT_APPLICABLE,
    HIT,
    MISS
}
