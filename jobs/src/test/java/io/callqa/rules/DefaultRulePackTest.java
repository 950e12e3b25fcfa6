package io.callqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.testing.CallqaTestHome;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped pack: its examples, and what it makes of the sample calls as the recognizer heard them. */
class DefaultRulePackTest {
    private static final RulePack PACK = RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml"));

    @Test
    void everyExampleOfTheDefaultPackPasses() {
        RuleTestReport report = RuleTester.test(PACK);

        assertThat(report.failures()).as(report.message()).isEmpty();
        assertThat(report.examples()).isGreaterThan(60);
    }

    @Test
    void holdsTheRulesTheAnalysisIssueAsksFor() {
        assertThat(PACK.rules()).extracting(Rule::id).contains("greeting", "recording-disclosure",
                "identity-verification", "closing", "prohibited-language", "escalation-request", "cancellation-intent");
        assertThat(PACK.rules()).allSatisfy(rule -> {
            assertThat(rule.examples().mustMatch()).as(rule.id()).isNotEmpty();
            assertThat(rule.examples().mustNotMatch()).as(rule.id()).isNotEmpty();
        });
    }

    @Test
    void everySampleCallPassesTheRequiredRulesDespiteRecognitionErrors() {
        for (CallText call : DemoCallTranscripts.all()) {
            Map<String, RuleResult> results = byRule(PACK.evaluate(call));

            assertThat(results.get("greeting").outcome()).as(call.callId()).isEqualTo(RuleOutcome.PASS);
            assertThat(results.get("recording-disclosure").outcome()).as(call.callId()).isEqualTo(RuleOutcome.PASS);
            assertThat(results.get("identity-verification").outcome()).as(call.callId()).isEqualTo(RuleOutcome.PASS);
            assertThat(results.get("closing").outcome()).as(call.callId()).isEqualTo(RuleOutcome.PASS);
            assertThat(results.get("prohibited-language").outcome()).as(call.callId()).isEqualTo(RuleOutcome.PASS);
        }
    }

    @Test
    void findsTheEscalationAndTheCancellationWhereTheScriptsPutThem() {
        Map<String, RuleOutcome> escalations = DemoCallTranscripts.all().stream().collect(Collectors.toMap(
                CallText::callId, call -> byRule(PACK.evaluate(call)).get("escalation-request").outcome()));
        Map<String, RuleOutcome> cancellations = DemoCallTranscripts.all().stream().collect(Collectors.toMap(
                CallText::callId, call -> byRule(PACK.evaluate(call)).get("cancellation-intent").outcome()));

        assertThat(escalations).containsExactlyInAnyOrderEntriesOf(Map.of(
                "c001", RuleOutcome.MISS, "c002", RuleOutcome.HIT, "c003", RuleOutcome.MISS, "c004", RuleOutcome.MISS));
        assertThat(cancellations).containsExactlyInAnyOrderEntriesOf(Map.of(
                "c001", RuleOutcome.MISS, "c002", RuleOutcome.MISS, "c003", RuleOutcome.MISS, "c004", RuleOutcome.HIT));
    }

    @Test
    void recordsWhereTheRecordingDisclosureWasHeard() {
        RuleResult disclosure = byRule(PACK.evaluate(DemoCallTranscripts.lostCard())).get("recording-disclosure");

        assertThat(disclosure.ruleVersion()).isEqualTo("1");
        assertThat(disclosure.severity()).isEqualTo("auto_fail");
        assertThat(disclosure.evidence().turnIndex()).isZero();
        assertThat(disclosure.evidence().startMillis()).isEqualTo(500);
        assertThat(disclosure.evidence().endMillis()).isEqualTo(7860);
        assertThat(disclosure.evidence().matchedText()).isEqualTo("call may be reported");
        assertThat(disclosure.evidence().similarity()).isBetween(0.9, 0.95);
    }

    private static Map<String, RuleResult> byRule(List<RuleResult> results) {
        return results.stream().collect(Collectors.toMap(RuleResult::ruleId, Function.identity()));
    }
}
