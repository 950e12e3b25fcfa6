package io.callqa.rules;

import java.io.Serializable;
import java.util.List;

/**
 * One compliance rule or category of a rule pack.
 *
 * @param version the rule's own version, written into every result so an audit can tell which wording was applied
 * @param severity null for a category that has none
 * @param phrases any one of these groups, said in one utterance, matches
 * @param before the id of a rule whose first match this rule's match must come before (verification before account
 *     details), or null
 * @param heedsNegation false when a negation does not excuse the words ("don't be stupid" is still an insult)
 */
public record Rule(
        String id,
        String description,
        String version,
        RuleKind kind,
        SpeakerScope speaker,
        Severity severity,
        List<PhraseGroup> phrases,
        TimeWindow window,
        String before,
        Applicability applicability,
        boolean heedsNegation,
        RuleExamples examples)
        implements Serializable {
    public Rule {
        phrases = List.copyOf(phrases);
    }
}
