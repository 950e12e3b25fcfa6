package io.callqa.score;

import io.callqa.rules.RulePack;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * A versioned QA evaluation form, read from a YAML file such as {@code conf/scorecards/default.yaml}: weighted
 * sections of questions answered from rule results, call metrics and sentiment, plus what puts a call in the review
 * queue and when an agent needs coaching. Immutable and serializable, so it is read once on the driver and shipped to
 * every task.
 *
 * @param hash SHA-256 of what the file says (not its comments or layout), recorded with every scorecard row
 * @param rulePackId the rule pack whose rule ids the questions refer to
 */
public record Scorecard(String id, String version, String description, String hash, String rulePackId,
        List<ScorecardSection> sections, ReviewQueueSettings reviewQueue, CoachingSettings coaching)
        implements Serializable {
    public Scorecard {
        sections = List.copyOf(sections);
    }

    /**
     * Reads and checks a scorecard file against the rule pack its questions refer to.
     *
     * @throws io.callqa.config.ConfigException naming the file, the line and what to fix
     */
    public static Scorecard load(Path file, RulePack rules) {
        return ScorecardReader.read(file, rules);
    }

    /** Every question with its section, in the form's order. */
    public List<SectionCriterion> criteria() {
        return sections.stream()
                .flatMap(section -> section.criteria().stream().map(criterion -> new SectionCriterion(section, criterion)))
                .toList();
    }

    public record SectionCriterion(ScorecardSection section, Criterion criterion) {}
}
