package io.callqa.score;

/** One reason a call is in the review queue, with what the reviewer should look at. */
public record ReviewReason(ReviewReasonCode code, int priority, String detail, Evidence evidence) {}
