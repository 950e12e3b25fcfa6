package io.callqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTesterTest {
    @TempDir
    Path folder;

    @Test
    void namesTheRuleAndTheExampleItGotWrong() throws Exception {
        RulePack pack = load("""
                  - id: recording-disclosure
                    description: The agent says the call is recorded.
                    version: 1
                    kind: required
                    speaker: agent
                    severity: auto_fail
                    phrases: [call is recorded]
                    examples:
                      match:
                        - This call is recorded.
                        - We record every call.
                      no_match:
                        - This call is not recorded.
                        - Yes, the call is recorded.
                """);

        RuleTestReport report = RuleTester.test(pack);

        assertThat(report.passed()).isFalse();
        assertThat(report.examples()).isEqualTo(4);
        assertThat(report.failures()).containsExactly(
                new RuleTestReport.Failure("recording-disclosure", "We record every call.", true, null),
                new RuleTestReport.Failure("recording-disclosure", "Yes, the call is recorded.", false,
                        "call is recorded"));
        assertThat(report.message()).isEqualTo(String.join(System.lineSeparator(),
                "Rule pack 'tester-test' version 1: 2 of 4 examples fail",
                "  rule 'recording-disclosure' does not match \"We record every call.\", listed under match",
                "  rule 'recording-disclosure' matches \"Yes, the call is recorded.\", listed under no_match "
                        + "(matched \"call is recorded\")"));
    }

    @Test
    void checksExamplesAsSaidByTheRulesSpeakerWhateverTheWindow() throws Exception {
        RulePack pack = load("""
                  - id: closing
                    description: The customer is thanked at the end.
                    version: 1
                    kind: category
                    speaker: customer
                    within: last 5 seconds
                    phrases: [thanks for calling]
                    examples:
                      match: [thanks for calling]
                      no_match: [goodbye]
                """);

        RuleTestReport report = RuleTester.test(pack);

        assertThat(report.passed()).isTrue();
        assertThat(report.message()).isEqualTo("Rule pack 'tester-test' version 1: all 2 examples pass");
    }

    private RulePack load(String rules) throws Exception {
        return RulePack.load(Files.writeString(folder.resolve("pack.yaml"), """
                id: tester-test
                version: 1
                description: Rules whose examples are checked.
                rules:
                """ + rules));
    }
}
