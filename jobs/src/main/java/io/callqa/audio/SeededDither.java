package io.callqa.audio;

import java.util.SplittableRandom;

/**
 * Adds white noise of about one least-significant bit, drawn from a seed of the caller's choosing.
 *
 * <p>Why: Kaldi dithers features with a process-wide random stream, so Vosk's transcript of a call depends on
 * what the process decoded before it (vosk-api #868). callqa turns Kaldi's dither off in the model's
 * {@code mfcc.conf}. Without any dither, 8 kHz audio upsampled to 16 kHz has an empty 4–8 kHz band and the model
 * does worse (8.3 % against 6.2 % word error rate, measured); this noise fills the band and, seeded from the audio
 * itself, keeps the transcript a function of the audio alone.
 */
public final class SeededDither {
    private SeededDither() {}

    public static short[] apply(short[] samples, long seed, double standardDeviation) {
        SplittableRandom random = new SplittableRandom(seed);
        short[] output = new short[samples.length];
        for (int index = 0; index < samples.length; index++) {
            double noisy = samples[index] + gaussian(random) * standardDeviation;
            output[index] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(noisy)));
        }
        return output;
    }

    /** Box–Muller, so the sequence depends only on the seed and not on a JDK's nextGaussian algorithm. */
    private static double gaussian(SplittableRandom random) {
        double uniform = 1.0 - random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(uniform)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
