package io.callqa.score;

/**
 * The Wilson score interval of a proportion (95 %): where an agent's true rate plausibly lies given few calls. Unlike
 * the textbook p ± 1.96 standard errors it stays inside 0..1 and does not collapse to a point at 0 or 100 %.
 */
public record WilsonInterval(double low, double high) {
    private static final double Z = 1.959963984540054;

    public static WilsonInterval of(int successes, int trials) {
        if (trials == 0) {
            return new WilsonInterval(0, 1);
        }
        double rate = (double) successes / trials;
        double zSquared = Z * Z;
        double denominator = 1 + zSquared / trials;
        double center = (rate + zSquared / (2.0 * trials)) / denominator;
        double halfWidth = Z / denominator * Math.sqrt(rate * (1 - rate) / trials + zSquared / (4.0 * trials * trials));
        return new WilsonInterval(Math.max(0, center - halfWidth), Math.min(1, center + halfWidth));
    }
}
