package io.callqa.report;

import io.callqa.score.Evidence;

/** Why a call is in the review queue: a reason code (AUTO_FAIL, LOW_SCORE, ...), what it means, and its evidence. */
public record FlagReason(String reason, String detail, Evidence evidence) {}
