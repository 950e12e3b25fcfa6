package io.callqa.score;

/**
 * Fisher's exact test on a two-by-two table, one-sided: how likely a group would meet a question this rarely by chance
 * if it were no different from the others. Exact, so it stays honest with the handful of calls a week an agent has,
 * where the normal approximation of a two-proportion z-test is not.
 */
public final class FisherExactTest {
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
        int total = groupTotal + othersTotal;
        int met = groupMet + othersMet;
        int smallest = Math.max(0, groupTotal - (total - met));
        double logDenominator = logChoose(total, groupTotal);
        double probability = 0;
        for (int value = smallest; value <= groupMet; value++) {
            probability += Math.exp(logChoose(met, value) + logChoose(total - met, groupTotal - value) - logDenominator);
        }
        return Math.min(1.0, probability);
    }

    static double logChoose(int n, int k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int value = 2; value <= n; value++) {
            sum += Math.log(value);
        }
        return sum;
    }
}
