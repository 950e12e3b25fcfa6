package io.callqa.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.callqa.config.YamlFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rule pack file and checks everything that can be checked before any call is evaluated: unknown keys and
 * values, malformed phrases and windows, duplicate ids, and {@code before} references that lead nowhere or in a
 * circle. The first problem stops the reading with the file, the line and what to fix.
 */
final class RulePackReader {
    private static final YamlFile.Naming NAMING = YamlFile.Naming.quoted(YamlFile.Part.entriesOf("/rules", "rule"));

    /** The file as written, bound by Jackson before any value is checked. */
    record PackFile(String id, String version, String description, MatchingSection matching, List<RuleEntry> rules) {}

    record MatchingSection(Double wordSimilarity, Integer wordsPerError, Integer negationWindow,
            List<String> negationWords) {}

    record RuleEntry(String id, String description, String version, String kind, String speaker, String severity,
            String within, String before, AppliesTo appliesTo, String negation, List<PhraseEntry> phrases,
            Examples examples) {}

    record AppliesTo(List<String> queues, List<String> directions) {}

    record Examples(List<String> match, List<String> noMatch) {}

    /** A phrase, or {@code all: [a, b]}: phrases said together. */
    @JsonDeserialize(using = PhraseEntryReader.class)
    record PhraseEntry(String text, List<String> all) {}

    record AllOf(List<String> all) {}

    /** A phrase is any single value as written, "no" and "911" too, which YAML would take for a yes/no or a number. */
    static final class PhraseEntryReader extends StdDeserializer<PhraseEntry> {
        PhraseEntryReader() {
            super(PhraseEntry.class);
        }

        @Override
        public PhraseEntry deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return parser.currentToken().isScalarValue() ? new PhraseEntry(parser.getText(), null)
                    : new PhraseEntry(null, context.readValue(parser, AllOf.class).all());
        }
    }

    private final Tokenizer tokenizer = new Tokenizer();
    private final YamlFile<PackFile> file;

    private RulePackReader(YamlFile<PackFile> file) {
        this.file = file;
    }

    static RulePack read(Path path) {
        return new RulePackReader(YamlFile.read(path, PackFile.class, NAMING)).pack();
    }

    private RulePack pack() {
        PackFile pack = file.content();
        String id = file.identifier("/id", pack.id());
        String version = file.word("/version", pack.version());
        String description = file.word("/description", pack.description());
        MatchSettings settings = file.has("/matching") ? settings(file.mapping("/matching", pack.matching()))
                : MatchSettings.DEFAULT;

        List<RuleEntry> entries = file.list("/rules", pack.rules());
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> indexOfRule = new HashMap<>();
        for (int index = 0; index < entries.size(); index++) {
            String at = "/rules/" + index;
            RuleEntry entry = file.mapping(at, entries.get(index));
            String ruleId = file.identifier(at + "/id", entry.id());
            if (indexOfRule.putIfAbsent(ruleId, index) != null) {
                throw file.error(at + "/id", "another rule already has this id; rule ids must be unique");
            }
            rules.add(rule(at, ruleId, entry));
        }
        checkBeforeReferences(rules, indexOfRule);
        return new RulePack(id, version, description, file.contentHash(), settings, rules);
    }

    private Rule rule(String at, String id, RuleEntry entry) {
        RuleKind kind = kind(at + "/kind", file.word(at + "/kind", entry.kind()));
        return new Rule(
                id,
                file.word(at + "/description", entry.description()),
                file.word(at + "/version", entry.version()),
                kind,
                speaker(at + "/speaker", file.word(at + "/speaker", entry.speaker())),
                severity(at, entry, kind),
                phrases(at + "/phrases", file.list(at + "/phrases", entry.phrases())),
                file.optionalWord(at + "/within", entry.within()).map(text -> window(at + "/within", text))
                        .orElse(TimeWindow.WHOLE_CALL),
                file.optionalIdentifier(at + "/before", entry.before()).orElse(null),
                file.has(at + "/applies_to") ? applicability(at + "/applies_to", entry.appliesTo())
                        : Applicability.EVERY_CALL,
                file.optionalWord(at + "/negation", entry.negation()).map(text -> heedsNegation(at + "/negation", text))
                        .orElse(true),
                file.has(at + "/examples") ? examples(at + "/examples", entry.examples()) : RuleExamples.NONE);
    }

    private MatchSettings settings(MatchingSection matching) {
        MatchSettings defaults = MatchSettings.DEFAULT;
        return new MatchSettings(
                file.decimal("/matching/word_similarity", matching.wordSimilarity(), 0.5, 1.0)
                        .orElse(defaults.wordSimilarity()),
                file.integer("/matching/words_per_error", matching.wordsPerError(), 1, 100)
                        .orElse(defaults.wordsPerError()),
                new Negation(
                        file.optionalWords("/matching/negation_words", matching.negationWords())
                                .map(words -> Set.copyOf(lowerCase(words)))
                                .orElse(defaults.negation().words()),
                        file.integer("/matching/negation_window", matching.negationWindow(), 0, 10)
                                .orElse(defaults.negation().window())));
    }

    private RuleKind kind(String at, String text) {
        try {
            return RuleKind.fromLabel(text.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw file.error(at, "unknown kind '" + text + "'; expected required, prohibited or category");
        }
    }

    private SpeakerScope speaker(String at, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "agent" -> SpeakerScope.AGENT;
            case "customer" -> SpeakerScope.CUSTOMER;
            case "any" -> SpeakerScope.ANY;
            default -> throw file.error(at, "unknown speaker '" + text + "'; expected agent, customer or any");
        };
    }

    private Severity severity(String rule, RuleEntry entry, RuleKind kind) {
        String at = rule + "/severity";
        if (!file.has(at)) {
            if (kind == RuleKind.CATEGORY) {
                return null;
            }
            throw file.error(rule, "'severity' is missing; a " + kind.label()
                    + " rule needs auto_fail, major or minor");
        }
        String text = file.word(at, entry.severity());
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "auto_fail" -> Severity.AUTO_FAIL;
            case "major" -> Severity.MAJOR;
            case "minor" -> Severity.MINOR;
            default -> throw file.error(at, "unknown severity '" + text + "'; expected auto_fail, major or minor");
        };
    }

    private List<PhraseGroup> phrases(String at, List<PhraseEntry> entries) {
        List<PhraseGroup> groups = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            String entryAt = at + "/" + index;
            PhraseEntry entry = entries.get(index);
            if (entry == null || entry.text() != null) {
                groups.add(new PhraseGroup(List.of(phrase(entryAt, entry == null ? null : entry.text()))));
            } else {
                List<String> allOf = file.list(entryAt + "/all", entry.all());
                List<Phrase> phrases = new ArrayList<>();
                for (int phrase = 0; phrase < allOf.size(); phrase++) {
                    phrases.add(phrase(entryAt + "/all/" + phrase, allOf.get(phrase)));
                }
                groups.add(new PhraseGroup(phrases));
            }
        }
        return groups;
    }

    private Phrase phrase(String at, String value) {
        String text = file.word(at, value);
        try {
            return Phrase.parse(text, tokenizer);
        } catch (IllegalArgumentException e) {
            throw file.error(at, "phrase '" + text + "': " + e.getMessage());
        }
    }

    private TimeWindow window(String at, String text) {
        return TimeWindow.parse(text).orElseThrow(() -> file.error(at, "'within' must look like 'first 15 seconds', "
                + "'last 60 seconds' or 'first 25%' (of the call), got '" + text + "'"));
    }

    private Applicability applicability(String at, AppliesTo appliesTo) {
        file.mapping(at, appliesTo);
        if (!file.has(at + "/queues") && !file.has(at + "/directions")) {
            throw file.error(at, "'applies_to' must name queues, directions or both");
        }
        return new Applicability(
                file.optionalWords(at + "/queues", appliesTo.queues()).map(Set::copyOf).orElse(Set.of()),
                file.optionalWords(at + "/directions", appliesTo.directions()).map(Set::copyOf).orElse(Set.of()));
    }

    private boolean heedsNegation(String at, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "check" -> true;
            case "ignore" -> false;
            default -> throw file.error(at, "'negation' must be check or ignore, got '" + text + "'");
        };
    }

    private RuleExamples examples(String at, Examples examples) {
        file.mapping(at, examples);
        return new RuleExamples(
                file.optionalWords(at + "/match", examples.match()).orElse(List.of()),
                file.optionalWords(at + "/no_match", examples.noMatch()).orElse(List.of()));
    }

    /** Every {@code before} names another rule of the pack, and following them never leads back where it started. */
    private void checkBeforeReferences(List<Rule> rules, Map<String, Integer> indexOfRule) {
        Map<String, String> before = new HashMap<>();
        for (Rule rule : rules) {
            if (rule.before() == null) {
                continue;
            }
            String at = beforeOf(rule.id(), indexOfRule);
            if (rule.before().equals(rule.id())) {
                throw file.error(at, "a rule cannot come before itself");
            }
            if (!indexOfRule.containsKey(rule.before())) {
                throw file.error(at, "'before' names rule '" + rule.before() + "', which is not in this pack");
            }
            before.put(rule.id(), rule.before());
        }
        for (Rule rule : rules) {
            List<String> path = new ArrayList<>();
            for (String current = rule.id(); current != null; current = before.get(current)) {
                if (path.contains(current)) {
                    List<String> circle = path.subList(path.indexOf(current), path.size());
                    throw file.error(beforeOf(current, indexOfRule), "the 'before' rules go round in a circle: "
                            + String.join(" → ", circle) + " → " + current);
                }
                path.add(current);
            }
        }
    }

    private static String beforeOf(String ruleId, Map<String, Integer> indexOfRule) {
        return "/rules/" + indexOfRule.get(ruleId) + "/before";
    }

    private static List<String> lowerCase(List<String> words) {
        return words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }
}
