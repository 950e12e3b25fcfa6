package io.callqa.line;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds keypad (DTMF) tones: one of four row and one of four column frequencies, together, pure, for at least
 * 40 ms. The recognizer turns tones into words ("eight", "the"), and the keyed digits are often an account or card
 * number, so the stretches are muted before recognition and the digits are never decoded.
 */
final class KeypadToneDetector {
    private static final double[] ROWS = {697, 770, 852, 941};
    private static final double[] COLUMNS = {1209, 1336, 1477, 1633};
    private static final int WINDOW_MILLIS = 20;
    private static final int MINIMUM_WINDOWS = 2;
    /** The two tones carry this share of the window's energy: speech and music spread theirs wider. */
    private static final double TONE_ENERGY_SHARE = 0.6;
    /** Each tone stands this far above the other frequencies of its group. */
    private static final double TWIST_RATIO = 8;
    private static final double MINIMUM_DECIBELS = -45;
    private static final long MARGIN_MILLIS = 20;

    private KeypadToneDetector() {}

    static List<Stretch> find(short[] samples, int sampleRate) {
        int window = sampleRate * WINDOW_MILLIS / 1000;
        List<Stretch> stretches = new ArrayList<>();
        int run = 0;
        int windows = samples.length / window;
        for (int index = 0; index <= windows; index++) {
            boolean tone = index < windows && isTone(samples, index * window, window, sampleRate);
            if (tone) {
                run++;
            } else {
                if (run >= MINIMUM_WINDOWS) {
                    long start = (long) (index - run) * WINDOW_MILLIS;
                    long end = (long) index * WINDOW_MILLIS;
                    stretches.add(new Stretch(Math.max(0, start - MARGIN_MILLIS), end + MARGIN_MILLIS));
                }
                run = 0;
            }
        }
        return stretches;
    }

    private static boolean isTone(short[] samples, int start, int length, int sampleRate) {
        double energy = 0;
        for (int index = start; index < start + length; index++) {
            energy += (double) samples[index] * samples[index];
        }
        if (FramePower.decibels(energy / length) < MINIMUM_DECIBELS) {
            return false;
        }
        double[] rows = powers(samples, start, length, sampleRate, ROWS);
        double[] columns = powers(samples, start, length, sampleRate, COLUMNS);
        int row = strongest(rows);
        int column = strongest(columns);
        // Goertzel power of a sine of amplitude A over N samples is (A·N/2)²; the window's energy is A²·N/2.
        double toneEnergy = (rows[row] + columns[column]) * 2 / length;
        return toneEnergy >= TONE_ENERGY_SHARE * energy && standsOut(rows, row) && standsOut(columns, column);
    }

    private static double[] powers(short[] samples, int start, int length, int sampleRate, double[] frequencies) {
        double[] powers = new double[frequencies.length];
        for (int index = 0; index < frequencies.length; index++) {
            double coefficient = 2 * Math.cos(2 * Math.PI * frequencies[index] / sampleRate);
            double previous = 0;
            double beforePrevious = 0;
            for (int sample = start; sample < start + length; sample++) {
                double current = samples[sample] + coefficient * previous - beforePrevious;
                beforePrevious = previous;
                previous = current;
            }
            powers[index] = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
        }
        return powers;
    }

    private static int strongest(double[] powers) {
        int best = 0;
        for (int index = 1; index < powers.length; index++) {
            if (powers[index] > powers[best]) {
                best = index;
            }
        }
        return best;
    }

    private static boolean standsOut(double[] powers, int best) {
        for (int index = 0; index < powers.length; index++) {
            if (index != best && powers[index] * TWIST_RATIO > powers[best]) {
                return false;
            }
        }
        return true;
    }
}
