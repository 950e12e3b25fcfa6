package io.callqa.score;

import java.io.Serializable;

/**
 * What puts a call in the QA review queue, and how urgently (priority 1 is reviewed first). A null rule id or
 * threshold turns that reason off.
 *
 * @param lowScoreBelow a total score under this flags the call
 * @param escalationRule the category rule whose HIT means the customer asked for escalation
 * @param cancellationRule the category rule whose HIT means the customer wants to cancel
 * @param sentimentShiftAtMost a customer sentiment shift at or under this (e.g. -0.3) flags the call
 * @param silenceSecondsOver a longest silence over this flags the call
 * @param calibrationShare the share of unflagged calls sampled for review, so QA can measure what the flags miss
 * @param calibrationSeed makes the sample repeatable: a call is in it or not, whenever it is scored
 */
public record ReviewQueueSettings(int autoFailPriority, Double lowScoreBelow, int lowScorePriority,
        String escalationRule, int escalationPriority, String cancellationRule, int cancellationPriority,
        Double sentimentShiftAtMost, int sentimentPriority, Double silenceSecondsOver, int silencePriority,
        double calibrationShare, long calibrationSeed, int calibrationPriority) implements Serializable {}
