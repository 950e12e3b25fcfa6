package io.callqa.score;

/** A criterion's answer for one call, before points: the answer, why, and where in the call to listen. */
public record CriterionResult(Answer answer, String detail, Evidence evidence) {}
