package io.callqa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleAccuracyTest {
    @Test
    void countsFoundWordsAsPositivesWhateverTheRuleKind() {
        List<RuleAccuracy> accuracies = RuleAccuracy.measure(List.of(
                labeled("c1", RuleOutcome.PASS, "greeting", RuleKind.REQUIRED, RuleOutcome.PASS),
                labeled("c2", RuleOutcome.PASS, "greeting", RuleKind.REQUIRED, RuleOutcome.FAIL),
                labeled("c3", RuleOutcome.FAIL, "greeting", RuleKind.REQUIRED, RuleOutcome.FAIL),
                labeled("c4", RuleOutcome.FAIL, "greeting", RuleKind.REQUIRED, RuleOutcome.PASS),
                labeled("c5", RuleOutcome.PASS, "greeting", RuleKind.REQUIRED, RuleOutcome.PASS),
                labeled("c1", RuleOutcome.FAIL, "swearing", RuleKind.PROHIBITED, RuleOutcome.FAIL),
                labeled("c2", RuleOutcome.PASS, "swearing", RuleKind.PROHIBITED, RuleOutcome.PASS),
                labeled("c1", RuleOutcome.HIT, "escalation", RuleKind.CATEGORY, RuleOutcome.MISS),
                labeled("c2", RuleOutcome.MISS, "escalation", RuleKind.CATEGORY, RuleOutcome.NOT_APPLICABLE)));

        assertThat(accuracies).containsExactly(
                new RuleAccuracy("greeting", 2, 1, 1, 1, List.of("c2", "c4")),
                new RuleAccuracy("swearing", 1, 0, 0, 1, List.of()),
                new RuleAccuracy("escalation", 0, 0, 1, 1, List.of("c1")));
        RuleAccuracy greeting = accuracies.get(0);
        assertThat(greeting.precision()).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(greeting.recall()).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(greeting.f1()).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(greeting.summary()).isEqualTo("greeting                 precision 0.67  recall 0.67  F1 0.67  "
                + "(2 found right, 1 wrongly, 1 missed, 1 rightly not found); wrong on [c2, c4]");
        assertThat(accuracies.get(1).f1()).isEqualTo(1);
        assertThat(accuracies.get(2).precision()).isEqualTo(1);
        assertThat(accuracies.get(2).recall()).isZero();
        assertThat(accuracies.get(2).f1()).isZero();
    }

    private static LabeledResult labeled(String callId, RuleOutcome expected, String ruleId, RuleKind kind,
            RuleOutcome actual) {
        return new LabeledResult(callId, expected, new RuleResult(ruleId, "1", kind, null, actual, null));
    }
}
