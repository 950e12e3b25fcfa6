package io.callqa.score;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.callqa.config.YamlFile;
import io.callqa.config.YamlFile.Part;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a scorecard file and checks everything that can be checked before a call is scored: unknown keys, questions
 * with no answer source or two, rule ids the rule pack does not have, thresholds that are not numbers. The first
 * problem stops the reading with the file, the line and what to fix.
 */
final class ScorecardReader {
    private static final YamlFile.Naming NAMING = YamlFile.Naming.quoted(Part.entriesOf("/sections", "section"),
            Part.entriesOf("/sections/*/criteria", "question"), Part.section("/review_queue"),
            Part.section("/coaching"));
    private static final List<String> SOURCES = List.of("metric", "rule", "sentiment");

    /** The file as written, bound by Jackson before any value is checked. */
    record ScorecardFile(String id, String version, String description, String rulePack, List<SectionEntry> sections,
            ReviewQueueSection reviewQueue, CoachingSection coaching) {}

    record SectionEntry(String id, String title, Double weight, List<CriterionEntry> criteria) {}

    record CriterionEntry(String id, String question, Double points, Boolean critical, String rule,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> metWhen, String metric,
            String sentiment, String measure, Double atMost, Double atLeast, AppliesTo appliesTo) {}

    record AppliesTo(List<String> queues, List<String> directions) {}

    record ReviewQueueSection(AutoFail autoFail, LowScore lowScore, RuleFlag escalation, RuleFlag cancellationIntent,
            NegativeSentiment negativeSentiment, LongSilence longSilence, Calibration calibration) {}

    /** What puts a call in the review queue, at a priority of its own. */
    interface QueueFlag {
        Integer priority();
    }

    record AutoFail(Integer priority) implements QueueFlag {}

    record LowScore(Double below, Integer priority) implements QueueFlag {}

    record RuleFlag(String rule, Integer priority) implements QueueFlag {}

    record NegativeSentiment(Double shiftAtMost, Integer priority) implements QueueFlag {}

    record LongSilence(Double secondsOver, Integer priority) implements QueueFlag {}

    record Calibration(Double share, Integer seed, Integer priority) implements QueueFlag {}

    record CoachingSection(Double significance, Integer minimumCalls, Integer weeks, Integer examples) {}

    private final YamlFile<ScorecardFile> file;
    private final RulePack rules;
    private final Set<String> criterionIds = new HashSet<>();

    private ScorecardReader(YamlFile<ScorecardFile> file, RulePack rules) {
        this.file = file;
        this.rules = rules;
    }

    static Scorecard read(Path path, RulePack rules) {
        return new ScorecardReader(YamlFile.read(path, ScorecardFile.class, NAMING), rules).scorecard();
    }

    private Scorecard scorecard() {
        ScorecardFile scorecard = file.content();
        String rulePackId = file.word("/rule_pack", scorecard.rulePack());
        if (!rulePackId.equals(rules.id())) {
            throw file.error("/rule_pack", "this scorecard answers its questions from rule pack '" + rulePackId
                    + "', but the rule pack in use is '" + rules.id() + "'; point analysis.rules at that pack or "
                    + "change rule_pack");
        }
        List<ScorecardSection> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        List<SectionEntry> entries = file.list("/sections", scorecard.sections());
        for (int index = 0; index < entries.size(); index++) {
            String at = "/sections/" + index;
            SectionEntry section = file.mapping(at, entries.get(index));
            String id = file.identifier(at + "/id", section.id());
            if (!sectionIds.add(id)) {
                throw file.error(at + "/id", "another section already has this id; section ids must be unique");
            }
            List<CriterionEntry> criteria = file.list(at + "/criteria", section.criteria());
            List<Criterion> read = new ArrayList<>();
            for (int criterion = 0; criterion < criteria.size(); criterion++) {
                String criterionAt = at + "/criteria/" + criterion;
                read.add(criterion(criterionAt, file.mapping(criterionAt, criteria.get(criterion))));
            }
            sections.add(new ScorecardSection(id, file.word(at + "/title", section.title()),
                    requiredDecimal(at + "/weight", section.weight(), 0.001, 1000), read));
        }
        return new Scorecard(file.identifier("/id", scorecard.id()), file.word("/version", scorecard.version()),
                file.optionalWord("/description", scorecard.description()).orElse(""), file.contentHash(),
                rulePackId, sections, reviewQueue(scorecard.reviewQueue()), coaching(scorecard.coaching()));
    }

    private Criterion criterion(String at, CriterionEntry entry) {
        String id = file.identifier(at + "/id", entry.id());
        if (!criterionIds.add(id)) {
            throw file.error(at + "/id", "another question already has this id; question ids must be unique");
        }
        List<String> sources = SOURCES.stream().filter(source -> file.has(at + "/" + source)).toList();
        if (sources.size() != 1) {
            throw file.error(at, "say where the answer comes from with exactly one of 'rule', 'metric' or 'sentiment'"
                    + (sources.isEmpty() ? "" : "; found " + sources));
        }
        AnswerSource source = switch (sources.get(0)) {
            case "rule" -> fromRule(at, entry);
            case "metric" -> fromMetric(at, entry);
            default -> fromSentiment(at, entry);
        };
        if (!sources.get(0).equals("rule") && file.has(at + "/met_when")) {
            throw file.error(at + "/met_when", "'met_when' is for questions answered from a rule");
        }
        List<String> queues = List.of();
        List<String> directions = List.of();
        if (file.has(at + "/applies_to")) {
            AppliesTo appliesTo = file.mapping(at + "/applies_to", entry.appliesTo());
            queues = file.optionalWords(at + "/applies_to/queues", appliesTo.queues()).orElse(List.of());
            directions = file.optionalWords(at + "/applies_to/directions", appliesTo.directions()).orElse(List.of());
        }
        return new Criterion(id, file.word(at + "/question", entry.question()),
                requiredDecimal(at + "/points", entry.points(), 0.001, 1000),
                file.bool(at + "/critical", entry.critical()).orElse(false), source, Set.copyOf(queues),
                Set.copyOf(directions));
    }

    private AnswerSource fromRule(String at, CriterionEntry entry) {
        String ruleId = file.word(at + "/rule", entry.rule());
        Rule rule = rules.rule(ruleId).orElseThrow(() -> file.error(at + "/rule", "rule pack " + rules.id()
                + " version " + rules.version() + " has no rule '" + ruleId + "'; its rules are "
                + rules.rules().stream().map(Rule::id).toList()));
        for (String key : List.of("at_most", "at_least", "measure")) {
            if (file.has(at + "/" + key)) {
                throw file.error(at + "/" + key, "'" + key + "' does not go with 'rule'; a rule is met by its outcome "
                        + "(met_when)");
            }
        }
        Set<RuleOutcome> allowed = rule.kind() == RuleKind.CATEGORY
                ? Set.of(RuleOutcome.HIT, RuleOutcome.MISS) : Set.of(RuleOutcome.PASS, RuleOutcome.FAIL);
        if (!file.has(at + "/met_when")) {
            if (rule.kind() == RuleKind.CATEGORY) {
                throw file.error(at, "rule '" + ruleId + "' is a category (HIT or MISS): say which one meets the "
                        + "question with 'met_when: MISS' or 'met_when: HIT'");
            }
            return new AnswerSource.FromRule(ruleId, Set.of(RuleOutcome.PASS));
        }
        Set<RuleOutcome> outcomes = new HashSet<>();
        // One outcome, or a list of them.
        String metWhenAt = at + "/met_when";
        List<String> metWhen = file.list(metWhenAt, entry.metWhen());
        for (int index = 0; index < metWhen.size(); index++) {
            String valueAt = file.has(metWhenAt + "/" + index) ? metWhenAt + "/" + index : metWhenAt;
            String value = file.word(valueAt, metWhen.get(index));
            RuleOutcome outcome = Arrays.stream(RuleOutcome.values())
                    .filter(candidate -> candidate.name().equalsIgnoreCase(value))
                    .filter(allowed::contains)
                    .findFirst()
                    .orElseThrow(() -> file.error(valueAt, "'" + value + "' is not an outcome of rule '" + ruleId
                            + "'; use one of " + allowed.stream().map(Enum::name).sorted().toList()));
            outcomes.add(outcome);
        }
        return new AnswerSource.FromRule(ruleId, outcomes);
    }

    private AnswerSource fromMetric(String at, CriterionEntry entry) {
        String metric = file.word(at + "/metric", entry.metric());
        CallMeasure measure = CallMeasure.fromLabel(metric).orElseThrow(() -> file.error(at + "/metric",
                "unknown metric '" + metric + "'; use one of " + labels(CallMeasure.values())));
        if (file.has(at + "/measure")) {
            throw file.error(at + "/measure", "'measure' is for questions answered from sentiment");
        }
        return new AnswerSource.FromMetric(measure, threshold(at, entry));
    }

    private AnswerSource fromSentiment(String at, CriterionEntry entry) {
        String partyText = file.word(at + "/sentiment", entry.sentiment());
        SentimentParty party = Arrays.stream(SentimentParty.values())
                .filter(candidate -> candidate.label().equals(partyText))
                .findFirst()
                .orElseThrow(() -> file.error(at + "/sentiment",
                        "'sentiment' says whose sentiment counts: agent or customer"));
        String measureText = file.word(at + "/measure", entry.measure());
        SentimentMeasure measure = SentimentMeasure.fromLabel(measureText).orElseThrow(() -> file.error(
                at + "/measure", "unknown sentiment measure '" + measureText + "'; use one of "
                        + labels(SentimentMeasure.values())));
        return new AnswerSource.FromSentiment(party, measure, threshold(at, entry));
    }

    private Threshold threshold(String at, CriterionEntry entry) {
        Double atMost = file.decimal(at + "/at_most", entry.atMost(), -1e9, 1e9).orElse(null);
        Double atLeast = file.decimal(at + "/at_least", entry.atLeast(), -1e9, 1e9).orElse(null);
        if (atMost == null && atLeast == null) {
            throw file.error(at, "say when the question is met with 'at_most:' and/or 'at_least:'");
        }
        if (atMost != null && atLeast != null && atLeast > atMost) {
            throw file.error(at + "/at_least", "at_least is larger than at_most: no call could meet the question");
        }
        return new Threshold(atMost, atLeast);
    }

    private ReviewQueueSettings reviewQueue(ReviewQueueSection section) {
        String at = "/review_queue";
        ReviewQueueSection queue = file.has(at) ? file.mapping(at, section)
                : new ReviewQueueSection(null, null, null, null, null, null, null);
        AutoFail autoFail = flag(at + "/auto_fail", queue.autoFail());
        LowScore lowScore = flag(at + "/low_score", queue.lowScore());
        RuleFlag escalation = flag(at + "/escalation", queue.escalation());
        RuleFlag cancellation = flag(at + "/cancellation_intent", queue.cancellationIntent());
        NegativeSentiment sentiment = flag(at + "/negative_sentiment", queue.negativeSentiment());
        LongSilence silence = flag(at + "/long_silence", queue.longSilence());
        Calibration calibration = flag(at + "/calibration", queue.calibration());
        return new ReviewQueueSettings(
                priority(at + "/auto_fail", autoFail, 1),
                lowScore == null ? null : requiredDecimal(at + "/low_score/below", lowScore.below(), 0, 100),
                priority(at + "/low_score", lowScore, 2),
                escalation == null ? null : categoryRule(at + "/escalation/rule", escalation.rule()),
                priority(at + "/escalation", escalation, 1),
                cancellation == null ? null : categoryRule(at + "/cancellation_intent/rule", cancellation.rule()),
                priority(at + "/cancellation_intent", cancellation, 2),
                sentiment == null ? null
                        : requiredDecimal(at + "/negative_sentiment/shift_at_most", sentiment.shiftAtMost(), -2, 0),
                priority(at + "/negative_sentiment", sentiment, 2),
                silence == null ? null
                        : requiredDecimal(at + "/long_silence/seconds_over", silence.secondsOver(), 0, 86_400),
                priority(at + "/long_silence", silence, 3),
                calibration == null ? 0.0 : requiredDecimal(at + "/calibration/share", calibration.share(), 0, 1),
                calibration == null ? 0L : file.required(at + "/calibration/seed",
                        file.integer(at + "/calibration/seed", calibration.seed(), 0, Integer.MAX_VALUE)),
                priority(at + "/calibration", calibration, 3));
    }

    /** A review-queue flag the scorecard sets, or null when it leaves it out. */
    private <F extends QueueFlag> F flag(String at, F value) {
        return file.has(at) ? file.mapping(at, value) : null;
    }

    private int priority(String at, QueueFlag flag, int defaultPriority) {
        return flag == null ? defaultPriority
                : file.integer(at + "/priority", flag.priority(), 1, 3).orElse(defaultPriority);
    }

    private double requiredDecimal(String at, Double value, double minimum, double maximum) {
        return file.required(at, file.decimal(at, value, minimum, maximum));
    }

    private String categoryRule(String at, String value) {
        String ruleId = file.word(at, value);
        Rule rule = rules.rule(ruleId).orElseThrow(() -> file.error(at, "rule pack " + rules.id()
                + " has no rule '" + ruleId + "'"));
        if (rule.kind() != RuleKind.CATEGORY) {
            throw file.error(at, "rule '" + rule.id() + "' is " + rule.kind().label()
                    + ", not a category (HIT or MISS)");
        }
        return rule.id();
    }

    private CoachingSettings coaching(CoachingSection section) {
        String at = "/coaching";
        CoachingSection coaching = file.has(at) ? file.mapping(at, section)
                : new CoachingSection(null, null, null, null);
        return new CoachingSettings(
                file.decimal(at + "/significance", coaching.significance(), 0.000_001, 0.5).orElse(0.05),
                file.integer(at + "/minimum_calls", coaching.minimumCalls(), 1, 10_000).orElse(5),
                file.integer(at + "/weeks", coaching.weeks(), 1, 520).orElse(8),
                file.integer(at + "/examples", coaching.examples(), 1, 3).orElse(3));
    }

    private static String labels(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
