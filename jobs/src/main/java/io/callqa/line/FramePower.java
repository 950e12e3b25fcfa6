package io.callqa.line;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/** Mean power (squared 16-bit sample values) of consecutive frames; the last frame may be shorter. */
final class FramePower {
    private FramePower() {}

    static double[] of(short[] samples, int frameLength) {
        return of(samples.length, index -> samples[index], frameLength);
    }

    static double[] of(double[] samples, int frameLength) {
        return of(samples.length, index -> samples[index], frameLength);
    }

    private static double[] of(int length, IntToDoubleFunction sample, int frameLength) {
        double[] power = new double[(length + frameLength - 1) / frameLength];
        for (int frame = 0; frame < power.length; frame++) {
            int start = frame * frameLength;
            int end = Math.min(length, start + frameLength);
            double sum = 0;
            for (int index = start; index < end; index++) {
                double value = sample.applyAsDouble(index);
                sum += value * value;
            }
            power[frame] = sum / (end - start);
        }
        return power;
    }

    /** The power that a tenth of the frames stay below: the line's noise between words. */
    static double noiseFloor(double[] power) {
        return percentile(power, 0.1);
    }

    static double percentile(double[] power, double share) {
        if (power.length == 0) {
            return 0;
        }
        double[] sorted = power.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, sorted.length * share)];
    }

    static double decibels(double power) {
        return 10 * Math.log10(Math.max(power, 1e-3) / (32768.0 * 32768.0));
    }
}
