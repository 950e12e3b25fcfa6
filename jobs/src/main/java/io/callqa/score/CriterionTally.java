package io.callqa.score;

/** How often one agent met one question, over the calls in which it applied. */
public record CriterionTally(String team, String agentId, String criterionId, int applicableCalls, int metCalls) {}
