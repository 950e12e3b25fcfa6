package io.callqa.score;

import java.util.List;

/**
 * A call's evaluation.
 *
 * @param totalScore 0 to 100: the sections' scores weighted by their weights, over the sections that applied; 0 when
 *     an auto-fail question was not met; null when no question applied
 * @param scoreBeforeAutoFail the same without the auto-fail rule, so that reviewers see what the rest of the call earned
 * @param autoFailCriteria the critical questions the call did not meet
 */
public record CallScore(List<CriterionAnswer> answers, List<SectionScore> sections, Double totalScore,
        Double scoreBeforeAutoFail, List<String> autoFailCriteria) {
    public CallScore {
        answers = List.copyOf(answers);
        sections = List.copyOf(sections);
        autoFailCriteria = List.copyOf(autoFailCriteria);
    }

    public boolean autoFail() {
        return !autoFailCriteria.isEmpty();
    }
}
