package io.callqa.analysis;

import io.callqa.rules.Speaker;

/**
 * How one party's sentiment went over a call. Scores run from -1 (very negative) to +1 (very positive); a quarter
 * in which the party said nothing has no score.
 *
 * @param shift the last quarter with speech minus the first quarter with speech; null with speech in one quarter only
 */
public record RoleSentiment(Speaker speaker, int utterances, Double score, Double negativeShare,
        Double firstQuarter, Double secondQuarter, Double thirdQuarter, Double fourthQuarter, Double shift) {}
