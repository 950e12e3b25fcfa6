package io.callqa.line;

/**
 * Brings a quiet channel up to a common speech level before recognition (automatic gain control, one gain per
 * channel, so that the loudness contour of the speech is kept). A customer 10–15 dB quieter than the agent, on a
 * weak line, otherwise sits close to the seeded dither and the recognizer loses words. Channels already near the
 * target are left exactly as they are, and no gain lets the loudest peaks clip.
 */
final class LevelNormalizer {
    private static final int FRAME_MILLIS = 10;
    /** About the level of a clear telephone voice. */
    static final double TARGET_SPEECH_DECIBELS = -20;
    /** Channels within this much of the target are not touched. */
    private static final double TOLERANCE_DECIBELS = 4;
    private static final double MAXIMUM_GAIN_DECIBELS = 24;
    /** Frames this far above the noise floor ... */
    private static final double SPEECH_ABOVE_NOISE_DECIBELS = 15;
    /** ... and this close to the loudest frames are speech when the level is measured. */
    private static final double SPEECH_BELOW_LOUDEST_DECIBELS = 20;
    private static final double PEAK_LIMIT = 0.9 * 32767;

    private LevelNormalizer() {}

    /** The gain in decibels that {@link #apply} would use: 0 for a channel at the target or without speech. */
    static double gainDecibels(short[] samples, int sampleRate) {
        double[] power = FramePower.of(samples, sampleRate * FRAME_MILLIS / 1000);
        // The loudest frames' level is the 95th percentile, so that a click or a cough does not set it.
        double threshold = Math.max(FramePower.noiseFloor(power) * Math.pow(10, SPEECH_ABOVE_NOISE_DECIBELS / 10),
                FramePower.percentile(power, 0.95) / Math.pow(10, SPEECH_BELOW_LOUDEST_DECIBELS / 10));
        double sum = 0;
        int count = 0;
        for (double frame : power) {
            if (frame > threshold) {
                sum += frame;
                count++;
            }
        }
        if (count == 0) {
            return 0;
        }
        double shortfall = TARGET_SPEECH_DECIBELS - FramePower.decibels(sum / count);
        if (shortfall < TOLERANCE_DECIBELS) {
            return 0;
        }
        double peakRoom = 20 * Math.log10(PEAK_LIMIT / Math.max(1, peak(samples)));
        return Math.max(0, Math.min(Math.min(shortfall, MAXIMUM_GAIN_DECIBELS), peakRoom));
    }

    static short[] apply(short[] samples, double gainDecibels) {
        if (gainDecibels == 0) {
            return samples;
        }
        double gain = Math.pow(10, gainDecibels / 20);
        short[] output = new short[samples.length];
        for (int index = 0; index < samples.length; index++) {
            output[index] = BleedCanceller.clip(samples[index] * gain);
        }
        return output;
    }

    /** The level that all but a thousandth of the samples stay under, so that one click does not forbid a gain. */
    private static double peak(short[] samples) {
        int[] histogram = new int[32769];
        for (short sample : samples) {
            histogram[Math.abs(sample)]++;
        }
        long allowedAbove = samples.length / 1000;
        long above = 0;
        for (int magnitude = histogram.length - 1; magnitude > 0; magnitude--) {
            above += histogram[magnitude];
            if (above > allowedAbove) {
                return magnitude;
            }
        }
        return 0;
    }
}
