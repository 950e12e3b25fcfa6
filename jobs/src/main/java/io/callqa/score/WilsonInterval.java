package io.callqa.score;

import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/**
 * The Wilson score interval of a proportion (95 %): where an agent's true rate plausibly lies given few calls. Unlike
 * the textbook p ± 1.96 standard errors it stays inside 0..1 and does not collapse to a point at 0 or 100 %.
 */
public record WilsonInterval(double low, double high) {
    private static final double ERROR_RATE = 0.05;

    public static WilsonInterval of(int successes, int trials) {
        if (trials == 0) {
            return new WilsonInterval(0, 1);
        }
        Interval interval = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(trials, successes, ERROR_RATE);
        return new WilsonInterval(interval.getLowerBound(), interval.getUpperBound());
    }
}
