package io.callqa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.rules.RuleAccuracy;
import io.callqa.rules.RulePack;
import io.callqa.samples.CallSynthesizer;
import io.callqa.samples.LabeledScripts;
import io.callqa.samples.TextToSpeech;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedRecognizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default rule pack on 36 labeled calls that went through flite, G.711 and Vosk: every rule must keep an F1 of at
 * least 0.9, so that a change to the matcher or the pack cannot quietly make the rules worse.
 */
class RuleAccuracyBenchmarkTest {
    /**
     * The target for every rule. Measured 2026-11-23 with pack version 2: greeting 0.93, disclosure 0.93,
     * identity verification 0.97, closing 0.97, prohibited language, escalation and cancellation 1.00; precision 1.00
     * on all.
     */
    private static final double F1_FLOOR = 0.9;

    @Test
    void everyRuleOfTheDefaultPackKeepsItsMeasuredAccuracyOnRecognizedSpeech() throws Exception {
        RulePack pack = RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml"));

        List<RuleAccuracy> accuracy = new RuleAccuracyBenchmark(new CallSynthesizer(new TextToSpeech()),
                SharedRecognizer::transcriber, pack).measure(LabeledScripts.calls(), 2);
        RuleAccuracyBenchmark.print(accuracy, System.out);

        assertThat(accuracy).extracting(RuleAccuracy::ruleId).containsAll(LabeledScripts.RULE_IDS);
        for (RuleAccuracy rule : accuracy) {
            if (LabeledScripts.RULE_IDS.contains(rule.ruleId())) {
                assertThat(rule.f1()).as(rule.summary()).isGreaterThanOrEqualTo(F1_FLOOR);
            }
        }
    }
}
