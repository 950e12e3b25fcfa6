package io.callqa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callqa.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading rule pack files, and refusing malformed ones with the file, the line and what to fix. */
class RulePackReaderTest {
    private static final String HEADER = """
            id: test-pack
            version: 3
            description: A pack for tests.
            rules:
            """;
    /** Lines 5 to 12 of a pack that starts with {@link #HEADER}. */
    private static final String GREETING = """
              - id: greeting
                description: The agent greets the caller.
                version: 1
                kind: required
                speaker: agent
                severity: minor
                phrases:
                  - thank you for calling {company}
            """;

    @TempDir
    Path folder;

    @Test
    void readsEveryPartOfARule() throws Exception {
        RulePack pack = RulePack.load(write(HEADER + """
                  - id: identity-verification
                    description: The agent verifies the caller.
                    version: 2b
                    kind: required
                    speaker: agent
                    severity: auto_fail
                    within: first 25%
                    before: account-details
                    applies_to:
                      queues: [Cards, payments]
                      directions: [inbound]
                    negation: ignore
                    phrases:
                      - date of birth
                      - all: ["last {number} digits", card]
                    examples:
                      match: [can you confirm your date of birth]
                      no_match: [how can i help]
                  - id: account-details
                    description: Account details are discussed.
                    version: 1
                    kind: category
                    speaker: any
                    phrases: [balance]
                """));

        assertThat(pack.id()).isEqualTo("test-pack");
        assertThat(pack.version()).isEqualTo("3");
        assertThat(pack.description()).isEqualTo("A pack for tests.");
        assertThat(pack.settings()).isEqualTo(MatchSettings.DEFAULT);
        Rule rule = pack.rules().get(0);
        assertThat(rule.id()).isEqualTo("identity-verification");
        assertThat(rule.version()).isEqualTo("2b");
        assertThat(rule.kind()).isEqualTo(RuleKind.REQUIRED);
        assertThat(rule.speaker()).isEqualTo(SpeakerScope.AGENT);
        assertThat(rule.severity()).isEqualTo(Severity.AUTO_FAIL);
        assertThat(rule.window()).isEqualTo(new TimeWindow(TimeWindow.Edge.FIRST, 25, TimeWindow.Unit.PERCENT));
        assertThat(rule.before()).isEqualTo("account-details");
        assertThat(rule.applicability()).isEqualTo(new Applicability(Set.of("cards", "payments"), Set.of("inbound")));
        assertThat(rule.heedsNegation()).isFalse();
        assertThat(rule.phrases()).hasSize(2);
        assertThat(rule.phrases().get(1).phrases()).extracting(Phrase::text)
                .containsExactly("last {number} digits", "card");
        assertThat(rule.examples()).isEqualTo(
                new RuleExamples(List.of("can you confirm your date of birth"), List.of("how can i help")));

        Rule category = pack.rules().get(1);
        assertThat(category.severity()).isNull();
        assertThat(category.window()).isEqualTo(TimeWindow.WHOLE_CALL);
        assertThat(category.applicability()).isEqualTo(Applicability.EVERY_CALL);
        assertThat(category.heedsNegation()).isTrue();
        assertThat(category.examples()).isEqualTo(RuleExamples.NONE);
    }

    @Test
    void readsTheMatchingSettings() throws Exception {
        RulePack pack = RulePack.load(write("""
                id: test-pack
                version: 1
                description: Strict matching.
                matching:
                  word_similarity: 0.9
                  words_per_error: 5
                  negation_window: 2
                  negation_words: [Not, never]
                rules:
                """ + GREETING));

        assertThat(pack.settings()).isEqualTo(new MatchSettings(0.9, 5, new Negation(Set.of("not", "never"), 2)));
    }

    @Test
    void readsPhrasesThatYamlWouldTakeForAYesNoOrANumber() throws Exception {
        RulePack pack = RulePack.load(write(HEADER + GREETING.replace("      - thank you for calling {company}\n",
                "      - no\n      - 911\n      - 0.10\n")));

        assertThat(pack.rules().get(0).phrases()).extracting(group -> group.phrases().get(0).text())
                .containsExactly("no", "911", "0.10");
    }

    @Test
    void namesTheFileTheLineTheRuleAndTheFixForAMisspeltKind() throws Exception {
        Path file = write(HEADER + GREETING.replace("kind: required", "kind: requried"));

        assertThatThrownBy(() -> RulePack.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Cannot read " + file + " line 8: rule 'greeting': unknown kind 'requried'; "
                        + "expected required, prohibited or category");
    }

    @Test
    void rejectsAnUnknownKeyAndListsTheKnownOnes() throws Exception {
        assertThat(error(HEADER + GREETING.replace("speaker: agent", "spaeker: agent"))).isEqualTo(
                "line 9: rule 'greeting': unknown key 'spaeker'; expected one of [applies_to, before, description, "
                        + "examples, id, kind, negation, phrases, severity, speaker, version, within]");
        assertThat(error(HEADER.replace("rules:", "rule:") + GREETING))
                .startsWith("line 4: unknown key 'rule'; expected one of [description, id, matching, rules, version]");
    }

    @Test
    void rejectsAMissingOrInvalidId() throws Exception {
        assertThat(error(HEADER + GREETING + GREETING.replace("  - id: greeting\n    description", "  - description")))
                .isEqualTo("line 13: rule 2 of 2: 'id' is missing");
        assertThat(error(HEADER + GREETING + GREETING.replace("  - id: greeting\n", "  - name: greeting\n")))
                .isEqualTo("line 13: rule 2 of 2: unknown key 'name'; expected one of [applies_to, before, "
                        + "description, examples, id, kind, negation, phrases, severity, speaker, version, within]");
        assertThat(error(HEADER + GREETING.replace("id: greeting", "id: Greeting Rule"))).isEqualTo(
                "line 5: rule 1 of 1: 'Greeting Rule' is not a valid id; use lower-case letters and digits joined "
                        + "by hyphens, such as 'recording-disclosure'");
        assertThat(error(HEADER + GREETING + GREETING))
                .isEqualTo("line 13: rule 'greeting': another rule already has this id; rule ids must be unique");
    }

    @Test
    void rejectsAnUnknownSpeakerOrSeverity() throws Exception {
        assertThat(error(HEADER + GREETING.replace("speaker: agent", "speaker: caller")))
                .isEqualTo("line 9: rule 'greeting': unknown speaker 'caller'; expected agent, customer or any");
        assertThat(error(HEADER + GREETING.replace("severity: minor", "severity: critical")))
                .isEqualTo("line 10: rule 'greeting': unknown severity 'critical'; expected auto_fail, major or minor");
        assertThat(error(HEADER + GREETING.replace("    severity: minor\n", ""))).isEqualTo(
                "line 5: rule 'greeting': 'severity' is missing; a required rule needs auto_fail, major or minor");
    }

    @Test
    void rejectsAWindowItCannotRead() throws Exception {
        assertThat(error(HEADER + GREETING.replace("    phrases:", "    within: the first minute\n    phrases:")))
                .isEqualTo("line 11: rule 'greeting': 'within' must look like 'first 15 seconds', 'last 60 seconds' "
                        + "or 'first 25%' (of the call), got 'the first minute'");
        assertThat(error(HEADER + GREETING.replace("    phrases:", "    within: first 150%\n    phrases:")))
                .startsWith("line 11: rule 'greeting': 'within' must look like");
    }

    @Test
    void rejectsBeforeReferencesThatLeadNowhereOrInACircle() throws Exception {
        String before = "    before: account-details\n    phrases:";
        assertThat(error(HEADER + GREETING.replace("    phrases:", before))).isEqualTo(
                "line 11: rule 'greeting': 'before' names rule 'account-details', which is not in this pack");
        assertThat(error(HEADER + GREETING.replace("    phrases:", "    before: greeting\n    phrases:")))
                .isEqualTo("line 11: rule 'greeting': a rule cannot come before itself");
        String first = GREETING.replace("    phrases:", "    before: closing\n    phrases:");
        String second = GREETING.replace("id: greeting", "id: closing")
                .replace("    phrases:", "    before: greeting\n    phrases:");
        assertThat(error(HEADER + first + second)).isEqualTo(
                "line 11: rule 'greeting': the 'before' rules go round in a circle: greeting → closing → greeting");
    }

    @Test
    void rejectsMalformedPhrases() throws Exception {
        assertThat(error(HEADER + GREETING.replace("{company}", "{bank}"))).isEqualTo(
                "line 12: rule 'greeting': phrase 'thank you for calling {bank}': unknown placeholder '{bank}'; "
                        + "expected {number}, {name} or {company}");
        assertThat(error(HEADER + GREETING.replace("{company}", "{company")))
                .isEqualTo("line 12: rule 'greeting': phrase 'thank you for calling {company': a '{' or '}' without "
                        + "its partner; placeholders look like {number}");
        assertThat(error(HEADER + GREETING.replace("thank you for calling {company}", "\"{name}\"")))
                .isEqualTo("line 12: rule 'greeting': phrase '{name}': a phrase needs at least one word besides "
                        + "placeholders");
        assertThat(error(HEADER + GREETING.replace("      - thank you for calling {company}\n", "")))
                .isEqualTo("line 11: rule 'greeting': 'phrases' must be a list (one '- item' per line, or [a, b])");
        assertThat(error(HEADER + GREETING.replace("thank you for calling {company}", "any: [hello, hi]")))
                .isEqualTo("line 12: rule 'greeting': unknown key 'phrases[1].any'; expected one of [all]");
        assertThat(error(HEADER + GREETING.replace("thank you for calling {company}", "all: []")))
                .isEqualTo("line 12: rule 'greeting': 'phrases[1].all' must not be an empty list");
    }

    @Test
    void explainsThatAPhraseWithAPlaceholderMayNeedQuotes() throws Exception {
        assertThat(error(HEADER + GREETING.replace("thank you for calling {company}", "{name} speaking")))
                .startsWith("line 12: not valid YAML: ")
                .endsWith("; put a phrase with a placeholder in quotes, such as \"{name} speaking\"");
        assertThat(error(HEADER + GREETING.replace("thank you for calling {company}", "all: [{name} speaking, hi]")))
                .endsWith("; put a phrase with a placeholder in quotes, such as \"{name} speaking\"");
    }

    @Test
    void rejectsOtherMalformedRuleParts() throws Exception {
        assertThat(error(HEADER + GREETING.replace("    phrases:", "    negation: skip\n    phrases:")))
                .isEqualTo("line 11: rule 'greeting': 'negation' must be check or ignore, got 'skip'");
        assertThat(error(HEADER + GREETING.replace("    phrases:", "    applies_to: {}\n    phrases:")))
                .isEqualTo("line 11: rule 'greeting': 'applies_to' must name queues, directions or both");
        String misspeltQueues = "    applies_to:\n      queue: [cards]\n    phrases:";
        assertThat(error(HEADER + GREETING.replace("    phrases:", misspeltQueues)))
                .isEqualTo("line 12: rule 'greeting': unknown key 'applies_to.queue'; expected one of [directions, "
                        + "queues]");
        assertThat(error(HEADER + GREETING.replace("    phrases:", "    examples:\n      match: hello\n    phrases:")))
                .isEqualTo("line 12: rule 'greeting': 'examples.match' must be a list (one '- item' per line, "
                        + "or [a, b])");
        assertThat(error(HEADER + GREETING.replace("    description: The agent greets the caller.\n", "")))
                .isEqualTo("line 5: rule 'greeting': 'description' is missing");
        assertThat(error(HEADER + GREETING.replace("version: 1", "version: [1, 2]")))
                .isEqualTo("line 7: rule 'greeting': 'version' must be a single value");
    }

    @Test
    void rejectsMalformedPackParts() throws Exception {
        assertThat(error(HEADER.replace("rules:\n", "rules: []\n")))
                .isEqualTo("line 4: 'rules' must not be an empty list");
        assertThat(error(HEADER.replace("rules:\n", "rules:\n  greeting: yes\n")))
                .isEqualTo("line 5: 'rules' must be a list (one '- item' per line, or [a, b])");
        assertThat(error(HEADER + "  - just a phrase\n"))
                .isEqualTo("line 5: rule 1 of 1: expected keys and values here");
        assertThat(error(HEADER.replace("version: 3\n", "") + GREETING)).isEqualTo("line 1: 'version' is missing");
        assertThat(error(HEADER.replace("rules:", "matching:\n  word_similarity: 1.5\nrules:") + GREETING))
                .isEqualTo("line 5: 'matching.word_similarity' must be between 0.5 and 1.0, got 1.5");
        assertThat(error(HEADER.replace("rules:", "matching:\n  words_per_error: none\nrules:") + GREETING))
                .isEqualTo("line 5: 'matching.words_per_error' must be a whole number, got 'none'");
    }

    @Test
    void rejectsAMissingOrEmptyFile() throws Exception {
        Path missing = folder.resolve("missing.yaml");
        Path empty = write("# nothing yet\n");

        assertThatThrownBy(() -> RulePack.load(missing))
                .hasMessage("Cannot read " + missing + ": the file does not exist");
        assertThatThrownBy(() -> RulePack.load(empty)).hasMessage("Cannot read " + empty + ": the file is empty");
    }

    @Test
    void hashesWhatThePackSaysNotHowItIsWritten() throws Exception {
        RulePack original = RulePack.load(write(HEADER + GREETING));
        RulePack reformatted = RulePack.load(write("""
                # The same pack, laid out differently.
                version: '3'
                id:   test-pack
                description: "A pack for tests."
                rules:
                - kind: required      # keys in another order
                  id: greeting
                  speaker: agent
                  description: The agent greets the caller.
                  severity: minor
                  version: 1
                  phrases: ["thank you for calling {company}"]
                """));
        RulePack changed = RulePack.load(write(HEADER + GREETING.replace("severity: minor", "severity: major")));

        assertThat(original.hash()).matches("[0-9a-f]{64}");
        assertThat(RulePack.load(write(HEADER + GREETING)).hash()).isEqualTo(original.hash());
        assertThat(reformatted.hash()).isEqualTo(original.hash());
        assertThat(changed.hash()).isNotEqualTo(original.hash());
    }

    private String error(String content) throws Exception {
        Path file = write(content);
        try {
            RulePack.load(file);
        } catch (ConfigException e) {
            String prefix = "Cannot read " + file + " ";
            assertThat(e.getMessage()).startsWith(prefix);
            return e.getMessage().substring(prefix.length());
        }
        throw new AssertionError("Expected " + file + " to be refused:\n" + content);
    }

    private Path write(String content) throws Exception {
        Path file = Files.createTempFile(folder, "rules", ".yaml");
        return Files.writeString(file, content);
    }
}
