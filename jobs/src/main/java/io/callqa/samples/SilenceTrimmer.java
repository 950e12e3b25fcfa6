package io.callqa.samples;

import java.util.Arrays;

/**
 * Cuts the silence before the first and after the last loud 10 ms frame of a clip.
 *
 * <p>flite pads its output with a few hundred milliseconds of near-silence (and some voices with recorded room
 * noise). The ground truth says when speech starts and ends, so the clip must start and end with speech. The
 * threshold is relative to the loudest frame because the voices differ in level by more than 10 dB.
 */
public final class SilenceTrimmer {
    /** Quieter than the soft consonants at the edges of a word, louder than the voices' background noise. */
    private static final double THRESHOLD_BELOW_PEAK_DECIBELS = 35;
    private static final int FRAMES_PER_SECOND = 100;

    private SilenceTrimmer() {}

    /** The clip from its first to its last loud frame, a whole number of frames long; empty if nothing is loud. */
    public static short[] trim(short[] samples, int sampleRate) {
        int frameLength = sampleRate / FRAMES_PER_SECOND;
        double[] levels = frameLevels(samples, frameLength);
        double peak = Arrays.stream(levels).max().orElse(0);
        if (peak == 0) {
            return new short[0];
        }
        double threshold = peak * Math.pow(10, -THRESHOLD_BELOW_PEAK_DECIBELS / 20);
        int first = 0;
        while (levels[first] < threshold) {
            first++;
        }
        int last = levels.length - 1;
        while (levels[last] < threshold) {
            last--;
        }
        return Arrays.copyOfRange(samples, first * frameLength, (last + 1) * frameLength);
    }

    /** Root-mean-square level of each whole frame. */
    static double[] frameLevels(short[] samples, int frameLength) {
        double[] levels = new double[samples.length / frameLength];
        for (int frame = 0; frame < levels.length; frame++) {
            double sum = 0;
            for (int index = frame * frameLength; index < (frame + 1) * frameLength; index++) {
                sum += (double) samples[index] * samples[index];
            }
            levels[frame] = Math.sqrt(sum / frameLength);
        }
        return levels;
    }
}
