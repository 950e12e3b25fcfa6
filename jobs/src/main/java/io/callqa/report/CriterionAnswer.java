package io.callqa.report;

import io.callqa.score.Answer;
import io.callqa.score.Evidence;

/** How one scorecard question was answered for one call (MET, NOT_MET or NOT_APPLICABLE), with its evidence. */
public record CriterionAnswer(
        String sectionId,
        String criterionId,
        String question,
        String answer,
        double points,
        double possiblePoints,
        boolean critical,
        String detail,
        Evidence evidence) {

    public boolean isMissed() {
        return Answer.NOT_MET.name().equals(answer);
    }
}
