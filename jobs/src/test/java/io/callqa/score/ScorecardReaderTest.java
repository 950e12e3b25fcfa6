package io.callqa.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callqa.config.ConfigException;
import io.callqa.rules.RulePack;
import io.callqa.testing.CallqaTestHome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scorecards are written by QA leads: every mistake stops the run before any work, with the file, line and fix. */
class ScorecardReaderTest {
    private static final RulePack RULES = RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml"));
    private static final Path DEFAULT = CallqaTestHome.home().resolve("conf/scorecards/default.yaml");

    @TempDir
    Path folder;

    @Test
    void readsTheDefaultScorecard() {
        Scorecard scorecard = Scorecard.load(DEFAULT, RULES);

        assertThat(scorecard.id()).isEqualTo("callqa-default-qa");
        assertThat(scorecard.sections()).extracting(ScorecardSection::id)
                .containsExactly("opening", "security", "handling", "closing");
        assertThat(scorecard.criteria()).filteredOn(entry -> entry.criterion().critical())
                .extracting(entry -> entry.criterion().id())
                .containsExactly("recording-disclosure", "identity-verification", "no-prohibited-language");
        assertThat(scorecard.reviewQueue().escalationRule()).isEqualTo("escalation-request");
        assertThat(scorecard.reviewQueue().calibrationShare()).isEqualTo(0.1);
        assertThat(scorecard.hash()).hasSize(64);
    }

    @Test
    void theHashChangesWithWhatTheFileSaysNotWithItsComments() throws Exception {
        String text = Files.readString(DEFAULT);
        Path commented = Files.writeString(folder.resolve("commented.yaml"), "# a new comment\n" + text);
        Path changed = Files.writeString(folder.resolve("changed.yaml"), text.replace("at_most: 30", "at_most: 45"));

        assertThat(Scorecard.load(commented, RULES).hash()).isEqualTo(Scorecard.load(DEFAULT, RULES).hash());
        assertThat(Scorecard.load(changed, RULES).hash()).isNotEqualTo(Scorecard.load(DEFAULT, RULES).hash());
    }

    @Test
    void namesTheLineAndTheFixOfEachMistake() throws Exception {
        assertFails("        rule: greeting\n", "        rule: greting\n", "line 43", "has no rule 'greting'");
        assertFails("        points: 5\n        rule: greeting\n",
                "        points: 5\n        rule: greeting\n        metric: duration_seconds\n", "line 40",
                "exactly one of 'rule', 'metric' or 'sentiment'");
        assertFails("        metric: longest_silence_seconds", "        metric: longest_silence", "line 72",
                "unknown metric 'longest_silence'");
        assertFails("        at_most: 30\n", "        at_most: thirty\n", "line 73", "must be a number, got 'thirty'");
        assertFails("rule: closing\n", "rule: escalation-request\n", "line", "say which one meets the question");
        assertFails("  low_score: {below: 70, priority: 2}", "  low_scores: {below: 70}", "line 107",
                "unknown key 'low_scores'");
        assertFails("rule_pack: callqa-default", "rule_pack: other-pack", "line 33", "rule pack 'other-pack'");
    }

    private void assertFails(String original, String replacement, String line, String message) throws Exception {
        String text = Files.readString(DEFAULT);
        assertThat(text).contains(original);
        Path file = Files.writeString(folder.resolve("broken.yaml"), text.replaceFirst(
                java.util.regex.Pattern.quote(original), java.util.regex.Matcher.quoteReplacement(replacement)));

        assertThatThrownBy(() -> Scorecard.load(file, RULES))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Cannot read " + file + " " + (line.equals("line") ? "" : line))
                .hasMessageContaining(message);
    }
}
