package io.callqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every rule's examples against the matcher, so the people who write rules can see what a rule catches before
 * it scores a single call. Each example is matched as one utterance said by the rule's speaker; time windows and
 * {@code before} are not applied, because an example has no call around it.
 */
public final class RuleTester {
    private RuleTester() {}

    public static RuleTestReport test(RulePack pack) {
        Tokenizer tokenizer = new Tokenizer();
        RuleMatcher matcher = new RuleMatcher(pack.settings());
        List<RuleTestReport.Failure> failures = new ArrayList<>();
        int examples = 0;
        for (Rule rule : pack.rules()) {
            for (String example : rule.examples().mustMatch()) {
                if (matcher.match(rule, tokenizer.tokenize(example)).isEmpty()) {
                    failures.add(new RuleTestReport.Failure(rule.id(), example, true, null));
                }
            }
            for (String example : rule.examples().mustNotMatch()) {
                Optional<RuleMatch> match = matcher.match(rule, tokenizer.tokenize(example));
                match.ifPresent(found -> failures.add(
                        new RuleTestReport.Failure(rule.id(), example, false, found.matchedText())));
            }
            examples += rule.examples().count();
        }
        return new RuleTestReport(pack.id(), pack.version(), examples, failures);
    }
}
