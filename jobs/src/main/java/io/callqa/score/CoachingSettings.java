package io.callqa.score;

import java.io.Serializable;

/**
 * When an agent counts as behind the team on a criterion.
 *
 * @param significance the largest one-sided p-value (Fisher's exact test, agent against the rest of the team) that
 *     counts as a real gap rather than chance
 * @param minimumCalls the fewest calls in which the criterion applied to the agent before the agent is compared
 * @param weeks how many weeks, ending with the latest call's week, are looked at
 * @param examples how many example calls are given per target
 */
public record CoachingSettings(double significance, int minimumCalls, int weeks, int examples)
        implements Serializable {}
