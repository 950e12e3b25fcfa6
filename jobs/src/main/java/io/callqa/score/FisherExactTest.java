package io.callqa.score;

import org.apache.commons.statistics.inference.AlternativeHypothesis;

/**
 * Fisher's exact test on a two-by-two table, one-sided: how likely a group would meet a question this rarely by chance
 * if it were no different from the others. Exact, so it stays honest with the handful of calls a week an agent has,
 * where the normal approximation of a two-proportion z-test is not.
 */
public final class FisherExactTest {
    private static final org.apache.commons.statistics.inference.FisherExactTest LOWER_TAIL =
            org.apache.commons.statistics.inference.FisherExactTest.withDefaults()
                    .with(AlternativeHypothesis.LESS_THAN);

    private FisherExactTest() {}

    /**
     * The probability of {@code groupMet} or fewer successes in the group, given the margins of the table.
     *
     * @param groupMet successes in the group (the agent's calls that met the question)
     * @param groupTotal the group's trials
     * @param othersMet successes of everybody else (the rest of the team)
     * @param othersTotal everybody else's trials
     */
    public static double lowerTail(int groupMet, int groupTotal, int othersMet, int othersTotal) {
        int[][] table = {{groupMet, groupTotal - groupMet}, {othersMet, othersTotal - othersMet}};
        return LOWER_TAIL.test(table).getPValue();
    }
}
