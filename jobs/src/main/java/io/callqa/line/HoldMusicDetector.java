package io.callqa.line;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds hold music (and other sustained tonal sound such as ringback) on a channel, so that it is muted before
 * recognition — the recognizer invents words in music — and counted as hold time rather than as talk or silence.
 *
 * <p>What tells music from speech, measured on 20 ms frames: speech stops. Between syllables and words its level
 * drops by 15 dB or more many times a second, and its spectrum moves from frame to frame as the vowels change;
 * music holds notes, so the level stays up and the strongest frequencies stay where they were. A stretch counts as
 * hold only when it is loud for at least {@link #MINIMUM_HOLD_MILLIS} with almost no dips and mostly steady
 * spectra, so that a fast talker is never muted.
 */
final class HoldMusicDetector {
    private static final int FRAME_MILLIS = 20;
    private static final long MINIMUM_HOLD_MILLIS = 3000;
    /** Frames this far above the noise floor are sound. */
    private static final double SOUND_ABOVE_NOISE_DECIBELS = 12;
    /** ... and above this level (dBFS), so that digital silence, steady as it is, is never music. */
    private static final double MINIMUM_SOUND_DECIBELS = -55;
    /** A frame this far below the level of the second around it is a dip. */
    private static final double DIP_DECIBELS = 15;
    /** At most this share of a hold's frames may dip or be quiet (speech: 20 % and more). */
    private static final double MAXIMUM_DIP_SHARE = 0.04;
    /** At least this share of a hold's frames keep the previous frame's strongest frequency. */
    private static final double MINIMUM_STEADY_SHARE = 0.6;
    private static final int FFT_SIZE_AT_8_KHZ = 256;
    /** Frames in a row with a steady spectrum that show a held note rather than a vowel. */
    private static final int SETTLED_FRAMES = 8;

    private HoldMusicDetector() {}

    static List<Stretch> find(short[] samples, int sampleRate) {
        int frameLength = sampleRate * FRAME_MILLIS / 1000;
        double[] power = FramePower.of(samples, frameLength);
        double soundThreshold = Math.max(FramePower.noiseFloor(power) * Math.pow(10, SOUND_ABOVE_NOISE_DECIBELS / 10),
                Math.pow(10, MINIMUM_SOUND_DECIBELS / 10) * 32768.0 * 32768.0);
        int[] peaks = strongestFrequencyBins(samples, sampleRate, frameLength, power.length);
        int minimumFrames = (int) (MINIMUM_HOLD_MILLIS / FRAME_MILLIS);
        int halfSecond = 500 / FRAME_MILLIS;
        boolean[] dip = new boolean[power.length];
        boolean[] steady = new boolean[power.length];
        for (int frame = 0; frame < power.length; frame++) {
            double surrounding = 0;
            for (int near = Math.max(0, frame - halfSecond); near < Math.min(power.length, frame + halfSecond); near++) {
                surrounding = Math.max(surrounding, power[near]);
            }
            dip[frame] = power[frame] < soundThreshold || power[frame] * Math.pow(10, DIP_DECIBELS / 10) < surrounding;
            steady[frame] = frame > 0 && Math.abs(peaks[frame] - peaks[frame - 1]) <= 1;
        }
        List<Stretch> holds = new ArrayList<>();
        // Grow windows of sound frame by frame; a window ends when the dips in the last second pass the share.
        int start = 0;
        while (start < power.length) {
            if (dip[start]) {
                start++;
                continue;
            }
            int end = start;
            int dips = 0;
            int steadyFrames = 0;
            while (end < power.length) {
                int recentDips = 0;
                for (int recent = Math.max(start, end - 2 * halfSecond); recent <= end; recent++) {
                    recentDips += dip[recent] ? 1 : 0;
                }
                if (recentDips > MAXIMUM_DIP_SHARE * 2 * halfSecond + 1) {
                    break;
                }
                dips += dip[end] ? 1 : 0;
                steadyFrames += steady[end] ? 1 : 0;
                end++;
            }
            int length = end - start;
            if (length >= minimumFrames && dips <= MAXIMUM_DIP_SHARE * length
                    && steadyFrames >= MINIMUM_STEADY_SHARE * length) {
                // Speech running straight into the music (or out of it) joins the stretch; the music proper starts
                // where the spectrum settles and ends where it last was settled.
                int first = start;
                while (first < end && !settled(steady, first)) {
                    first++;
                }
                int last = end;
                while (last > first && !settled(steady, last - SETTLED_FRAMES)) {
                    last--;
                }
                if (last - first >= minimumFrames) {
                    holds.add(new Stretch((long) first * FRAME_MILLIS, (long) last * FRAME_MILLIS));
                }
            }
            start = Math.max(end, start + 1);
        }
        return holds;
    }

    private static boolean settled(boolean[] steady, int from) {
        if (from < 0 || from + SETTLED_FRAMES > steady.length) {
            return false;
        }
        for (int frame = from; frame < from + SETTLED_FRAMES; frame++) {
            if (!steady[frame]) {
                return false;
            }
        }
        return true;
    }

    /** The FFT bin with the most energy in each frame (a Hann-windowed transform of about 32 ms). */
    private static int[] strongestFrequencyBins(short[] samples, int sampleRate, int frameLength, int frames) {
        int size = Fft.sizeFor(Math.max(FFT_SIZE_AT_8_KHZ, FFT_SIZE_AT_8_KHZ * sampleRate / 8000));
        double[] window = new double[size];
        for (int index = 0; index < size; index++) {
            window[index] = 0.5 - 0.5 * Math.cos(2 * Math.PI * index / (size - 1));
        }
        int[] peaks = new int[frames];
        double[] real = new double[size];
        double[] imaginary = new double[size];
        for (int frame = 0; frame < frames; frame++) {
            int start = frame * frameLength;
            for (int index = 0; index < size; index++) {
                int sample = start + index;
                real[index] = sample < samples.length ? samples[sample] * window[index] : 0;
                imaginary[index] = 0;
            }
            Fft.forward(real, imaginary);
            int best = 1;
            double bestPower = 0;
            for (int bin = 1; bin < size / 2; bin++) {
                double binPower = real[bin] * real[bin] + imaginary[bin] * imaginary[bin];
                if (binPower > bestPower) {
                    bestPower = binPower;
                    best = bin;
                }
            }
            peaks[frame] = best;
        }
        return peaks;
    }
}
