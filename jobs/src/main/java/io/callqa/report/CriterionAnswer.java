package io.callqa.report;

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
        return "NOT_MET".equals(answer);
    }
}
