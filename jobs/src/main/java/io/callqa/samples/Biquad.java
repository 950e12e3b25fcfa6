package io.callqa.samples;

/** Second-order IIR filters (the RBJ audio cookbook's Butterworth-Q sections), chained with {@link #then}. */
final class Biquad {
    private static final double Q = Math.sqrt(0.5);
    private final double[][] sections;

    private Biquad(double[][] sections) {
        this.sections = sections;
    }

    static Biquad lowPass(double cutoffHertz, int sampleRate) {
        double omega = 2 * Math.PI * cutoffHertz / sampleRate;
        double alpha = Math.sin(omega) / (2 * Q);
        double cos = Math.cos(omega);
        return section((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    static Biquad highPass(double cutoffHertz, int sampleRate) {
        double omega = 2 * Math.PI * cutoffHertz / sampleRate;
        double alpha = Math.sin(omega) / (2 * Q);
        double cos = Math.cos(omega);
        return section((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    Biquad then(Biquad next) {
        double[][] chained = new double[sections.length + next.sections.length][];
        System.arraycopy(sections, 0, chained, 0, sections.length);
        System.arraycopy(next.sections, 0, chained, sections.length, next.sections.length);
        return new Biquad(chained);
    }

    double[] filter(double[] input) {
        double[] signal = input.clone();
        for (double[] coefficients : sections) {
            double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
            for (int index = 0; index < signal.length; index++) {
                double x = signal[index];
                double y = coefficients[0] * x + coefficients[1] * x1 + coefficients[2] * x2
                        - coefficients[3] * y1 - coefficients[4] * y2;
                x2 = x1;
                x1 = x;
                y2 = y1;
                y1 = y;
                signal[index] = y;
            }
        }
        return signal;
    }

    private static Biquad section(double b0, double b1, double b2, double a0, double a1, double a2) {
        return new Biquad(new double[][] {{b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0}});
    }
}
