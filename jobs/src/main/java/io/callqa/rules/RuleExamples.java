package io.callqa.rules;

import java.io.Serializable;
import java.util.List;

/**
 * Utterances a rule's author wrote down as its specification: each one is checked as said by the rule's speaker,
 * whatever the time window (see {@link RuleTester}).
 */
public record RuleExamples(List<String> mustMatch, List<String> mustNotMatch) implements Serializable {
    public static final RuleExamples NONE = new RuleExamples(List.of(), List.of());

    public RuleExamples {
        mustMatch = List.copyOf(mustMatch);
        mustNotMatch = List.copyOf(mustNotMatch);
    }

    public int count() {
        return mustMatch.size() + mustNotMatch.size();
    }
}
