package io.callqa.rules;

import io.callqa.config.YamlNode;
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
    private static final Set<String> PACK_KEYS = Set.of("id", "version", "description", "matching", "rules");
    private static final Set<String> MATCHING_KEYS =
            Set.of("word_similarity", "words_per_error", "negation_window", "negation_words");
    private static final Set<String> RULE_KEYS = Set.of("id", "description", "version", "kind", "speaker", "severity",
            "within", "before", "applies_to", "negation", "phrases", "examples");

    private final Tokenizer tokenizer = new Tokenizer();

    private RulePackReader() {}

    static RulePack read(Path file) {
        return new RulePackReader().readPack(YamlNode.read(file));
    }

    private RulePack readPack(YamlNode root) {
        root.allowOnly(PACK_KEYS);
        String id = root.get("id").identifier();
        String version = root.get("version").word();
        String description = root.get("description").word();
        MatchSettings settings = root.find("matching").map(RulePackReader::settings).orElse(MatchSettings.DEFAULT);

        List<Rule> rules = new ArrayList<>();
        Map<String, YamlNode> ruleNodes = new HashMap<>();
        List<YamlNode> entries = root.get("rules").list();
        for (int index = 0; index < entries.size(); index++) {
            YamlNode unnamed = entries.get(index).describedAs("rule " + (index + 1) + " of " + entries.size());
            String ruleId = unnamed.get("id").identifier();
            YamlNode node = entries.get(index).describedAs("rule '" + ruleId + "'").allowOnly(RULE_KEYS);
            if (ruleNodes.putIfAbsent(ruleId, node) != null) {
                throw node.get("id").error("another rule already has this id; rule ids must be unique");
            }
            rules.add(rule(ruleId, node));
        }
        checkBeforeReferences(rules, ruleNodes);
        return new RulePack(id, version, description, root.contentHash(), settings, rules);
    }

    private Rule rule(String id, YamlNode node) {
        RuleKind kind = kind(node.get("kind"));
        return new Rule(
                id,
                node.get("description").word(),
                node.get("version").word(),
                kind,
                speaker(node.get("speaker")),
                severity(node, kind),
                phrases(node.get("phrases")),
                node.find("within").map(RulePackReader::window).orElse(TimeWindow.WHOLE_CALL),
                node.find("before").map(YamlNode::identifier).orElse(null),
                node.find("applies_to").map(RulePackReader::applicability).orElse(Applicability.EVERY_CALL),
                node.find("negation").map(RulePackReader::heedsNegation).orElse(true),
                node.find("examples").map(RulePackReader::examples).orElse(RuleExamples.NONE));
    }

    private static MatchSettings settings(YamlNode node) {
        node.allowOnly(MATCHING_KEYS);
        MatchSettings defaults = MatchSettings.DEFAULT;
        return new MatchSettings(
                node.find("word_similarity").map(value -> value.decimal(0.5, 1.0)).orElse(defaults.wordSimilarity()),
                node.find("words_per_error").map(value -> value.integer(1, 100)).orElse(defaults.wordsPerError()),
                new Negation(
                        node.find("negation_words")
                                .map(value -> Set.copyOf(lowerCase(value.words())))
                                .orElse(defaults.negation().words()),
                        node.find("negation_window").map(value -> value.integer(0, 10))
                                .orElse(defaults.negation().window())));
    }


    private static RuleKind kind(YamlNode node) {
        try {
            return RuleKind.fromLabel(node.word().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.error("unknown kind '" + node.text() + "'; expected required, prohibited or category");
        }
    }

    private static SpeakerScope speaker(YamlNode node) {
        return switch (node.word().toLowerCase(Locale.ROOT)) {
            case "agent" -> SpeakerScope.AGENT;
            case "customer" -> SpeakerScope.CUSTOMER;
            case "any" -> SpeakerScope.ANY;
            default -> throw node.error("unknown speaker '" + node.text() + "'; expected agent, customer or any");
        };
    }

    private static Severity severity(YamlNode rule, RuleKind kind) {
        if (!rule.has("severity")) {
            if (kind == RuleKind.CATEGORY) {
                return null;
            }
            throw rule.error("'severity' is missing; a " + kind.label() + " rule needs auto_fail, major or minor");
        }
        YamlNode node = rule.get("severity");
        return switch (node.word().toLowerCase(Locale.ROOT)) {
            case "auto_fail" -> Severity.AUTO_FAIL;
            case "major" -> Severity.MAJOR;
            case "minor" -> Severity.MINOR;
            default -> throw node.error("unknown severity '" + node.text() + "'; expected auto_fail, major or minor");
        };
    }

    private List<PhraseGroup> phrases(YamlNode node) {
        List<PhraseGroup> groups = new ArrayList<>();
        for (YamlNode entry : node.list()) {
            if (entry.isText()) {
                groups.add(new PhraseGroup(List.of(phrase(entry))));
            } else {
                List<Phrase> allOf = entry.allowOnly(Set.of("all")).get("all").list().stream()
                        .map(this::phrase)
                        .toList();
                groups.add(new PhraseGroup(allOf));
            }
        }
        return groups;
    }

    private Phrase phrase(YamlNode node) {
        String text = node.word();
        try {
            return Phrase.parse(text, tokenizer);
        } catch (IllegalArgumentException e) {
            throw node.error("phrase '" + text + "': " + e.getMessage());
        }
    }

    private static TimeWindow window(YamlNode node) {
        return TimeWindow.parse(node.word()).orElseThrow(() -> node.error("'within' must look like 'first 15 seconds', "
                + "'last 60 seconds' or 'first 25%' (of the call), got '" + node.text() + "'"));
    }

    private static Applicability applicability(YamlNode node) {
        node.allowOnly(Set.of("queues", "directions"));
        if (!node.has("queues") && !node.has("directions")) {
            throw node.error("'applies_to' must name queues, directions or both");
        }
        return new Applicability(
                node.find("queues").map(value -> Set.copyOf(value.words())).orElse(Set.of()),
                node.find("directions").map(value -> Set.copyOf(value.words())).orElse(Set.of()));
    }

    private static boolean heedsNegation(YamlNode node) {
        return switch (node.word().toLowerCase(Locale.ROOT)) {
            case "check" -> true;
            case "ignore" -> false;
            default -> throw node.error("'negation' must be check or ignore, got '" + node.text() + "'");
        };
    }

    private static RuleExamples examples(YamlNode node) {
        node.allowOnly(Set.of("match", "no_match"));
        return new RuleExamples(
                node.find("match").map(YamlNode::words).orElse(List.of()),
                node.find("no_match").map(YamlNode::words).orElse(List.of()));
    }

    /** Every {@code before} names another rule of the pack, and following them never leads back where it started. */
    private static void checkBeforeReferences(List<Rule> rules, Map<String, YamlNode> ruleNodes) {
        Map<String, String> before = new HashMap<>();
        for (Rule rule : rules) {
            if (rule.before() == null) {
                continue;
            }
            YamlNode node = ruleNodes.get(rule.id()).get("before");
            if (rule.before().equals(rule.id())) {
                throw node.error("a rule cannot come before itself");
            }
            if (!ruleNodes.containsKey(rule.before())) {
                throw node.error("'before' names rule '" + rule.before() + "', which is not in this pack");
            }
            before.put(rule.id(), rule.before());
        }
        for (Rule rule : rules) {
            List<String> path = new ArrayList<>();
            for (String current = rule.id(); current != null; current = before.get(current)) {
                if (path.contains(current)) {
                    List<String> circle = path.subList(path.indexOf(current), path.size());
                    throw ruleNodes.get(current).get("before").error("the 'before' rules go round in a circle: "
                            + String.join(" → ", circle) + " → " + current);
                }
                path.add(current);
            }
        }
    }

    private static List<String> lowerCase(List<String> words) {
        return words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

}
