package io.callqa.score;

import io.callqa.config.YamlNode;
import io.callqa.rules.Rule;
import io.callqa.rules.RuleKind;
import io.callqa.rules.RuleOutcome;
import io.callqa.rules.RulePack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a scorecard file and checks everything that can be checked before a call is scored: unknown keys, questions
 * with no answer source or two, rule ids the rule pack does not have, thresholds that are not numbers. The first
 * problem stops the reading with the file, the line and what to fix.
 */
final class ScorecardReader {
    private static final Set<String> SCORECARD_KEYS =
            Set.of("id", "version", "description", "rule_pack", "sections", "review_queue", "coaching");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title", "weight", "criteria");
    private static final Set<String> CRITERION_KEYS = Set.of("id", "question", "points", "critical", "rule",
            "met_when", "metric", "sentiment", "measure", "at_most", "at_least", "applies_to");
    private static final Set<String> SOURCES = Set.of("rule", "metric", "sentiment");

    private final RulePack rules;
    private final Set<String> criterionIds = new HashSet<>();

    private ScorecardReader(RulePack rules) {
        this.rules = rules;
    }

    static Scorecard read(Path file, RulePack rules) {
        return new ScorecardReader(rules).scorecard(YamlNode.read(file));
    }

    private Scorecard scorecard(YamlNode root) {
        root.allowOnly(SCORECARD_KEYS);
        String rulePackId = root.get("rule_pack").word();
        if (!rulePackId.equals(rules.id())) {
            throw root.get("rule_pack").error("this scorecard answers its questions from rule pack '" + rulePackId
                    + "', but the rule pack in use is '" + rules.id() + "'; point analysis.rules at that pack or "
                    + "change rule_pack");
        }
        List<ScorecardSection> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        for (YamlNode entry : root.get("sections").list()) {
            String id = entry.get("id").identifier();
            YamlNode node = entry.describedAs("section '" + id + "'").allowOnly(SECTION_KEYS);
            if (!sectionIds.add(id)) {
                throw node.get("id").error("another section already has this id; section ids must be unique");
            }
            List<Criterion> criteria = new ArrayList<>();
            for (YamlNode criterion : node.get("criteria").list()) {
                criteria.add(criterion(criterion));
            }
            sections.add(new ScorecardSection(id, node.get("title").word(), node.get("weight").decimal(0.001, 1000),
                    criteria));
        }
        return new Scorecard(root.get("id").identifier(), root.get("version").word(),
                root.find("description").map(YamlNode::word).orElse(""), root.contentHash(), rulePackId, sections,
                reviewQueue(root.find("review_queue")), coaching(root.find("coaching")));
    }

    private Criterion criterion(YamlNode entry) {
        String id = entry.get("id").identifier();
        YamlNode node = entry.describedAs("question '" + id + "'").allowOnly(CRITERION_KEYS);
        if (!criterionIds.add(id)) {
            throw node.get("id").error("another question already has this id; question ids must be unique");
        }
        List<String> sources = SOURCES.stream().filter(node::has).sorted().toList();
        if (sources.size() != 1) {
            throw node.error("say where the answer comes from with exactly one of 'rule', 'metric' or 'sentiment'"
                    + (sources.isEmpty() ? "" : "; found " + sources));
        }
        AnswerSource source = switch (sources.get(0)) {
            case "rule" -> fromRule(node);
            case "metric" -> fromMetric(node);
            default -> fromSentiment(node);
        };
        if (!sources.get(0).equals("rule") && node.has("met_when")) {
            throw node.get("met_when").error("'met_when' is for questions answered from a rule");
        }
        List<String> queues = List.of();
        List<String> directions = List.of();
        if (node.has("applies_to")) {
            YamlNode appliesTo = node.get("applies_to").allowOnly(Set.of("queues", "directions"));
            queues = appliesTo.find("queues").map(YamlNode::words).orElse(List.of());
            directions = appliesTo.find("directions").map(YamlNode::words).orElse(List.of());
        }
        return new Criterion(id, node.get("question").word(), node.get("points").decimal(0.001, 1000),
                node.find("critical").map(ScorecardReader::bool).orElse(false), source, Set.copyOf(queues),
                Set.copyOf(directions));
    }

    private AnswerSource fromRule(YamlNode node) {
        YamlNode ruleNode = node.get("rule");
        String ruleId = ruleNode.word();
        Rule rule = rules.rule(ruleId).orElseThrow(() -> ruleNode.error("rule pack " + rules.id() + " version "
                + rules.version() + " has no rule '" + ruleId + "'; its rules are "
                + rules.rules().stream().map(Rule::id).toList()));
        rejectThreshold(node, "rule");
        Set<RuleOutcome> allowed = rule.kind() == RuleKind.CATEGORY
                ? Set.of(RuleOutcome.HIT, RuleOutcome.MISS) : Set.of(RuleOutcome.PASS, RuleOutcome.FAIL);
        Optional<YamlNode> metWhen = node.find("met_when");
        if (metWhen.isEmpty()) {
            if (rule.kind() == RuleKind.CATEGORY) {
                throw node.error("rule '" + ruleId + "' is a category (HIT or MISS): say which one meets the "
                        + "question with 'met_when: MISS' or 'met_when: HIT'");
            }
            return new AnswerSource.FromRule(ruleId, Set.of(RuleOutcome.PASS));
        }
        Set<RuleOutcome> outcomes = new HashSet<>();
        for (YamlNode value : metWhen.get().isText() ? List.of(metWhen.get()) : metWhen.get().list()) {
            RuleOutcome outcome = Arrays.stream(RuleOutcome.values())
                    .filter(candidate -> candidate.name().equalsIgnoreCase(value.word()))
                    .filter(allowed::contains)
                    .findFirst()
                    .orElseThrow(() -> value.error("'" + value.word() + "' is not an outcome of rule '" + ruleId
                            + "'; use one of " + allowed.stream().map(Enum::name).sorted().toList()));
            outcomes.add(outcome);
        }
        return new AnswerSource.FromRule(ruleId, outcomes);
    }

    private static AnswerSource fromMetric(YamlNode node) {
        YamlNode metric = node.get("metric");
        CallMeasure measure = CallMeasure.fromLabel(metric.word()).orElseThrow(() -> metric.error("unknown metric '"
                + metric.word() + "'; use one of " + labels(CallMeasure.values())));
        if (node.has("measure")) {
            throw node.get("measure").error("'measure' is for questions answered from sentiment");
        }
        return new AnswerSource.FromMetric(measure, threshold(node));
    }

    private static AnswerSource fromSentiment(YamlNode node) {
        YamlNode partyNode = node.get("sentiment");
        SentimentParty party = Arrays.stream(SentimentParty.values())
                .filter(candidate -> candidate.label().equals(partyNode.word()))
                .findFirst()
                .orElseThrow(() -> partyNode.error("'sentiment' says whose sentiment counts: agent or customer"));
        YamlNode measureNode = node.get("measure");
        SentimentMeasure measure = SentimentMeasure.fromLabel(measureNode.word()).orElseThrow(() -> measureNode.error(
                "unknown sentiment measure '" + measureNode.word() + "'; use one of " + labels(SentimentMeasure.values())));
        return new AnswerSource.FromSentiment(party, measure, threshold(node));
    }

    private static Threshold threshold(YamlNode node) {
        Double atMost = node.find("at_most").map(value -> value.decimal(-1e9, 1e9)).orElse(null);
        Double atLeast = node.find("at_least").map(value -> value.decimal(-1e9, 1e9)).orElse(null);
        if (atMost == null && atLeast == null) {
            throw node.error("say when the question is met with 'at_most:' and/or 'at_least:'");
        }
        if (atMost != null && atLeast != null && atLeast > atMost) {
            throw node.get("at_least").error("at_least is larger than at_most: no call could meet the question");
        }
        return new Threshold(atMost, atLeast);
    }

    private static void rejectThreshold(YamlNode node, String source) {
        for (String key : List.of("at_most", "at_least", "measure")) {
            if (node.has(key)) {
                throw node.get(key).error("'" + key + "' does not go with '" + source + "'; a rule is met by its "
                        + "outcome (met_when)");
            }
        }
    }

    private ReviewQueueSettings reviewQueue(Optional<YamlNode> section) {
        YamlNode node = section.map(value -> value.describedAs("review_queue").allowOnly(Set.of("auto_fail",
                "low_score", "escalation", "cancellation_intent", "negative_sentiment", "long_silence",
                "calibration"))).orElse(null);
        Optional<YamlNode> autoFail = find(node, "auto_fail", Set.of("priority"));
        Optional<YamlNode> lowScore = find(node, "low_score", Set.of("below", "priority"));
        Optional<YamlNode> escalation = find(node, "escalation", Set.of("rule", "priority"));
        Optional<YamlNode> cancellation = find(node, "cancellation_intent", Set.of("rule", "priority"));
        Optional<YamlNode> sentiment = find(node, "negative_sentiment", Set.of("shift_at_most", "priority"));
        Optional<YamlNode> silence = find(node, "long_silence", Set.of("seconds_over", "priority"));
        Optional<YamlNode> calibration = find(node, "calibration", Set.of("share", "seed", "priority"));
        return new ReviewQueueSettings(
                priority(autoFail, 1),
                lowScore.map(value -> value.get("below").decimal(0, 100)).orElse(null), priority(lowScore, 2),
                escalation.map(value -> categoryRule(value.get("rule"))).orElse(null), priority(escalation, 1),
                cancellation.map(value -> categoryRule(value.get("rule"))).orElse(null), priority(cancellation, 2),
                sentiment.map(value -> value.get("shift_at_most").decimal(-2, 0)).orElse(null), priority(sentiment, 2),
                silence.map(value -> value.get("seconds_over").decimal(0, 86_400)).orElse(null), priority(silence, 3),
                calibration.map(value -> value.get("share").decimal(0, 1)).orElse(0.0),
                calibration.map(value -> (long) value.get("seed").integer(0, Integer.MAX_VALUE)).orElse(0L),
                priority(calibration, 3));
    }

    private String categoryRule(YamlNode node) {
        Rule rule = rules.rule(node.word()).orElseThrow(() -> node.error("rule pack " + rules.id()
                + " has no rule '" + node.word() + "'"));
        if (rule.kind() != RuleKind.CATEGORY) {
            throw node.error("rule '" + rule.id() + "' is " + rule.kind().label() + ", not a category (HIT or MISS)");
        }
        return rule.id();
    }

    private static CoachingSettings coaching(Optional<YamlNode> section) {
        YamlNode node = section.map(value -> value.describedAs("coaching")
                .allowOnly(Set.of("significance", "minimum_calls", "weeks", "examples"))).orElse(null);
        return new CoachingSettings(
                node != null && node.has("significance") ? node.get("significance").decimal(0.000_001, 0.5) : 0.05,
                node != null && node.has("minimum_calls") ? node.get("minimum_calls").integer(1, 10_000) : 5,
                node != null && node.has("weeks") ? node.get("weeks").integer(1, 520) : 8,
                node != null && node.has("examples") ? node.get("examples").integer(1, 3) : 3);
    }

    private static Optional<YamlNode> find(YamlNode parent, String key, Set<String> keys) {
        return parent == null ? Optional.empty() : parent.find(key).map(node -> node.allowOnly(keys));
    }

    private static int priority(Optional<YamlNode> node, int defaultPriority) {
        return node.flatMap(value -> value.find("priority")).map(value -> value.integer(1, 3)).orElse(defaultPriority);
    }

    private static boolean bool(YamlNode node) {
        return switch (node.word()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw node.error("must be true or false, got '" + node.word() + "'");
        };
    }


    private static String labels(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
