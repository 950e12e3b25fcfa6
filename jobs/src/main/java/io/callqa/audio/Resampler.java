package io.callqa.audio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Band-limited sample-rate conversion by a rational factor (polyphase windowed-sinc, Kaiser window).
 *
 * <p>The Vosk English model only understands 16 kHz; telephone audio is 8 kHz. Linear interpolation would
 * fold images of the voice band into 4–8 kHz, which the model hears as noise, so the low-pass is a proper
 * sinc filter with its cut-off at the lower of the two Nyquist frequencies.
 */
public final class Resampler {
    private static final int ZERO_CROSSINGS = 16;
    private static final double KAISER_BETA = 8.6;
    private static final double CUTOFF_MARGIN = 0.95;
    private static final Map<Long, Resampler> CACHE = new ConcurrentHashMap<>();

    private final int upFactor;
    private final int downFactor;
    private final int tapsPerPhase;
    /** Coefficients by phase: {@code filter[phase][tap]}. */
    private final float[][] filter;

    private Resampler(int inputRate, int outputRate) {
        int divisor = gcd(inputRate, outputRate);
        this.upFactor = outputRate / divisor;
        this.downFactor = inputRate / divisor;
        // Cut-off relative to the input rate, below the lower of the two Nyquist frequencies.
        double cutoff = CUTOFF_MARGIN * Math.min(1.0, (double) outputRate / inputRate);
        int halfWidth = (int) Math.ceil(ZERO_CROSSINGS / cutoff);
        this.tapsPerPhase = 2 * halfWidth;
        this.filter = new float[upFactor][tapsPerPhase];
        for (int phase = 0; phase < upFactor; phase++) {
            double fraction = (double) phase / upFactor;
            for (int tap = 0; tap < tapsPerPhase; tap++) {
                double distance = tap - halfWidth + 1 - fraction;
                filter[phase][tap] = (float) (cutoff * sinc(cutoff * distance) * kaiser(distance / halfWidth));
            }
        }
    }

    /** A resampler from {@code inputRate} to {@code outputRate}, shared by all threads of the JVM. */
    public static Resampler between(int inputRate, int outputRate) {
        if (inputRate <= 0 || outputRate <= 0) {
            throw new IllegalArgumentException("Cannot resample: rates must be positive, got "
                    + inputRate + " and " + outputRate);
        }
        return CACHE.computeIfAbsent(((long) inputRate << 32) | outputRate, key -> new Resampler(inputRate, outputRate));
    }

    public short[] resample(short[] input) {
        if (upFactor == downFactor) {
            return input.clone();
        }
        int halfWidth = tapsPerPhase / 2;
        long outputLength = (long) input.length * upFactor / downFactor;
        short[] output = new short[(int) outputLength];
        for (int index = 0; index < output.length; index++) {
            long position = (long) index * downFactor;
            int center = (int) (position / upFactor);
            int phase = (int) (position % upFactor);
            float[] coefficients = filter[phase];
            int first = center - halfWidth + 1;
            double sum = 0;
            for (int tap = 0; tap < tapsPerPhase; tap++) {
                int sample = first + tap;
                if (sample >= 0 && sample < input.length) {
                    sum += coefficients[tap] * input[sample];
                }
            }
            output[index] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sum)));
        }
        return output;
    }

    private static double sinc(double x) {
        return x == 0 ? 1.0 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private static double kaiser(double x) {
        if (Math.abs(x) > 1) {
            return 0;
        }
        return besselI0(KAISER_BETA * Math.sqrt(1 - x * x)) / besselI0(KAISER_BETA);
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
