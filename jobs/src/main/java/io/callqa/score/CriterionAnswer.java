package io.callqa.score;

/**
 * One question of the form, answered for one call.
 *
 * @param points the points earned: the question's points when met, else 0
 * @param possiblePoints the question's points when it applied, else 0
 */
public record CriterionAnswer(String sectionId, String criterionId, String question, Answer answer, double points,
        double possiblePoints, boolean critical, String detail, Evidence evidence) {}
