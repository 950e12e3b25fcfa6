package io.callqa.line;

/**
 * Silences what a linear canceller leaves of a leak. A codec on the channel, clipping or a path longer than the
 * fitted one leave a residue of the other party's voice that the recognizer would still turn into words; in a frame
 * where the channel, once cleaned, is no louder than the leak that was predicted there, the channel's own party is
 * not speaking, so the frame is attenuated. Where the party does speak — even over the other one — the channel is
 * well above the predicted leak and is kept as it is: true overtalk survives.
 */
final class ResidualLeakGate {
    private static final int FRAME_MILLIS = 10;
    /** The cleaned frame must exceed the predicted leak by this much to count as the party's own speech. */
    private static final double OWN_SPEECH_ABOVE_LEAK_DECIBELS = 3;
    /** Leaks quieter than this (dBFS) are below anything the recognizer hears. */
    private static final double AUDIBLE_DECIBELS = -70;
    /** Own speech stands this far above the channel's noise floor; line noise next to a leak is not speech. */
    private static final double SPEECH_ABOVE_NOISE_DECIBELS = 10;
    private static final double ATTENUATION = 0.02;
    /** Frames kept on each side of own speech, so that the gate does not clip the soft ends of a party's words. */
    private static final int HANGOVER_FRAMES = 3;

    private ResidualLeakGate() {}

    static short[] apply(short[] cleaned, double[] leak, int sampleRate) {
        int frameLength = sampleRate * FRAME_MILLIS / 1000;
        int frames = (cleaned.length + frameLength - 1) / frameLength;
        double ownAboveLeak = Math.pow(10, OWN_SPEECH_ABOVE_LEAK_DECIBELS / 10);
        double audible = Math.pow(10, AUDIBLE_DECIBELS / 10) * 32768.0 * 32768.0;
        double[] cleanedPower = FramePower.of(cleaned, frameLength);
        double[] leakPower = FramePower.of(leak, frameLength);
        double speech = Math.max(audible, FramePower.noiseFloor(cleanedPower) * Math.pow(10, SPEECH_ABOVE_NOISE_DECIBELS / 10));
        boolean[] leakOnly = new boolean[frames];
        boolean[] ownSpeech = new boolean[frames];
        for (int frame = 0; frame < frames; frame++) {
            boolean aboveLeak = cleanedPower[frame] >= leakPower[frame] * ownAboveLeak;
            leakOnly[frame] = leakPower[frame] > audible && !aboveLeak;
            ownSpeech[frame] = cleanedPower[frame] > speech && aboveLeak;
        }
        short[] output = cleaned.clone();
        for (int frame = 0; frame < frames; frame++) {
            if (leakOnly[frame] && !nearOwnSpeech(ownSpeech, frame)) {
                int start = frame * frameLength;
                int end = Math.min(cleaned.length, start + frameLength);
                for (int index = start; index < end; index++) {
                    output[index] = (short) Math.round(cleaned[index] * ATTENUATION);
                }
            }
        }
        return output;
    }

    private static boolean nearOwnSpeech(boolean[] ownSpeech, int frame) {
        for (int near = Math.max(0, frame - HANGOVER_FRAMES); near <= Math.min(ownSpeech.length - 1, frame + HANGOVER_FRAMES); near++) {
            if (ownSpeech[near]) {
                return true;
            }
        }
        return false;
    }
}
