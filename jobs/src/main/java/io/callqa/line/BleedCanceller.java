package io.callqa.line;

/**
 * Removes from each channel of a two-channel call the other party's voice that leaked into it, using the other
 * channel as the reference — an echo canceller, solved offline over the whole call instead of adapted sample by
 * sample.
 *
 * <p>Why offline least squares rather than an adaptive (NLMS) filter: a batch job has the whole recording, so the
 * leak's path can be fitted once from every sample. The receiving party's own speech is uncorrelated with the
 * reference, so it does not bias the fit, and there is no double-talk detector to get wrong: a party's own speech
 * during true overtalk is never subtracted, only the part of the channel that the reference predicts.
 *
 * <p>Steps, per direction: find the delay where the channel correlates with the reference (pre-emphasized, so that
 * the voice's own low-frequency correlation does not smear the peak); declare a leak only when that peak stands well
 * clear of the correlation at other delays; fit a short filter around the delay (Wiener–Hopf normal equations from
 * the reference's autocorrelation and the cross-correlation); subtract the reference through that filter. Both
 * directions share one spectrum per channel, so a clean call costs four transforms.
 */
final class BleedCanceller {
    /** Leaks arrive within this delay: hybrid echo and headset leakage are tens of milliseconds late. */
    private static final double MAXIMUM_DELAY_MILLIS = 120;
    /** The fitted path spans this much before and after the strongest delay (echo paths are dispersive). */
    private static final double PATH_BEFORE_MILLIS = 2;
    private static final double PATH_AFTER_MILLIS = 6;
    /** A leak's correlation peak must stand this many times above the correlation's spread at other delays. */
    private static final double DETECTION_RATIO = 8;
    private static final double PRE_EMPHASIS = 0.95;

    private BleedCanceller() {}

    /** A channel cleaned of the other's leak (unchanged when none was found) and the leak that was subtracted. */
    record Result(short[] cleaned, double[] leakEstimate, Bleed bleed) {}

    /** Index 0: the first channel cleaned of the second's leak; index 1: the second cleaned of the first's. */
    static Result[] cancel(short[] first, short[] second, int sampleRate) {
        int length = Math.min(first.length, second.length);
        int maximumLag = (int) Math.round(MAXIMUM_DELAY_MILLIS * sampleRate / 1000);
        if (length < 4 * maximumLag) {
            return new Result[] {new Result(first, null, Bleed.NONE), new Result(second, null, Bleed.NONE)};
        }
        Spectrum firstSpectrum = Spectrum.of(first, length, maximumLag);
        Spectrum secondSpectrum = Spectrum.of(second, length, maximumLag);
        return new Result[] {
                cancel(secondSpectrum, second, firstSpectrum, first, sampleRate, maximumLag),
                cancel(firstSpectrum, first, secondSpectrum, second, sampleRate, maximumLag)};
    }

    private static Result cancel(Spectrum referenceSpectrum, short[] reference, Spectrum channelSpectrum,
            short[] channel, int sampleRate, int maximumLag) {
        int delay = strongestDelay(referenceSpectrum, channelSpectrum, maximumLag);
        if (delay < 0) {
            return new Result(channel, null, Bleed.NONE);
        }
        int firstLag = Math.max(0, delay - (int) Math.round(PATH_BEFORE_MILLIS * sampleRate / 1000));
        int taps = (int) Math.round((PATH_BEFORE_MILLIS + PATH_AFTER_MILLIS) * sampleRate / 1000) + 1;
        double[] autocorrelation = referenceSpectrum.correlationWith(referenceSpectrum, false, taps);
        double[] crossCorrelation = referenceSpectrum.correlationWith(channelSpectrum, false, firstLag + taps);
        double[] path = fitPath(autocorrelation, crossCorrelation, firstLag, taps);
        double[] leak = new double[channel.length];
        short[] cleaned = new short[channel.length];
        double leakEnergy = 0;
        double referenceEnergy = 0;
        for (int index = 0; index < channel.length; index++) {
            double sum = 0;
            for (int tap = 0; tap < path.length; tap++) {
                int source = index - firstLag - tap;
                if (source >= 0 && source < reference.length) {
                    sum += path[tap] * reference[source];
                }
            }
            leak[index] = sum;
            cleaned[index] = clip(channel[index] - sum);
            leakEnergy += sum * sum;
        }
        for (short sample : reference) {
            referenceEnergy += (double) sample * sample;
        }
        double level = 10 * Math.log10(Math.max(leakEnergy, 1e-9) / Math.max(referenceEnergy, 1e-9));
        return new Result(cleaned, leak, new Bleed(round(level), round(delay * 1000.0 / sampleRate)));
    }

    /** The lag of the clearest correlation peak, or -1 when the peak does not stand out from the rest. */
    private static int strongestDelay(Spectrum reference, Spectrum channel, int maximumLag) {
        double[] correlation = reference.correlationWith(channel, true, maximumLag + 1);
        int peak = 0;
        for (int lag = 1; lag < correlation.length; lag++) {
            if (Math.abs(correlation[lag]) > Math.abs(correlation[peak])) {
                peak = lag;
            }
        }
        double sumOfSquares = 0;
        int count = 0;
        int guard = Math.max(1, correlation.length / 40);
        for (int lag = 0; lag < correlation.length; lag++) {
            if (Math.abs(lag - peak) > guard) {
                sumOfSquares += correlation[lag] * correlation[lag];
                count++;
            }
        }
        double spread = Math.sqrt(sumOfSquares / Math.max(count, 1));
        return Math.abs(correlation[peak]) > DETECTION_RATIO * spread ? peak : -1;
    }

    /** Least-squares filter {@code path[k]} such that channel[t] ≈ Σ path[k] · reference[t - firstLag - k]. */
    private static double[] fitPath(double[] autocorrelation, double[] crossCorrelation, int firstLag, int taps) {
        double[][] matrix = new double[taps][taps + 1];
        // A little diagonal loading keeps the system solvable on band-limited audio, whose autocorrelation is
        // nearly singular.
        double loading = autocorrelation[0] * 1e-4 + 1e-9;
        for (int row = 0; row < taps; row++) {
            for (int column = 0; column < taps; column++) {
                matrix[row][column] = autocorrelation[Math.abs(row - column)] + (row == column ? loading : 0);
            }
            matrix[row][taps] = crossCorrelation[firstLag + row];
        }
        return solve(matrix, taps);
    }

    /** Gaussian elimination with partial pivoting of an augmented matrix. */
    private static double[] solve(double[][] matrix, int size) {
        for (int pivot = 0; pivot < size; pivot++) {
            int best = pivot;
            for (int row = pivot + 1; row < size; row++) {
                if (Math.abs(matrix[row][pivot]) > Math.abs(matrix[best][pivot])) {
                    best = row;
                }
            }
            double[] swap = matrix[pivot];
            matrix[pivot] = matrix[best];
            matrix[best] = swap;
            for (int row = pivot + 1; row < size; row++) {
                double factor = matrix[row][pivot] / matrix[pivot][pivot];
                for (int column = pivot; column <= size; column++) {
                    matrix[row][column] -= factor * matrix[pivot][column];
                }
            }
        }
        double[] solution = new double[size];
        for (int row = size - 1; row >= 0; row--) {
            double sum = matrix[row][size];
            for (int column = row + 1; column < size; column++) {
                sum -= matrix[row][column] * solution[column];
            }
            solution[row] = sum / matrix[row][row];
        }
        return solution;
    }

    /** One channel's spectrum, zero-padded so that correlations up to the largest lag do not wrap around. */
    private record Spectrum(double[] real, double[] imaginary) {
        static Spectrum of(short[] samples, int length, int maximumLag) {
            int size = Fft.sizeFor(length + maximumLag + 1);
            double[] real = new double[size];
            for (int index = 0; index < length; index++) {
                real[index] = samples[index];
            }
            double[] imaginary = new double[size];
            Fft.forward(real, imaginary);
            return new Spectrum(real, imaginary);
        }

        /**
         * {@code result[lag] = Σ this[t] · other[t + lag]} for lags below {@code lags}; pre-emphasized, both signals
         * as if first differenced, which is the cross spectrum times |1 - a·e^(-iω)|².
         */
        double[] correlationWith(Spectrum other, boolean preEmphasized, int lags) {
            int size = real.length;
            double[] productReal = new double[size];
            double[] productImaginary = new double[size];
            for (int bin = 0; bin < size; bin++) {
                double weight = 1;
                if (preEmphasized) {
                    double angle = 2 * Math.PI * bin / size;
                    weight = 1 + PRE_EMPHASIS * PRE_EMPHASIS - 2 * PRE_EMPHASIS * Math.cos(angle);
                }
                productReal[bin] = (real[bin] * other.real[bin] + imaginary[bin] * other.imaginary[bin]) * weight;
                productImaginary[bin] = (real[bin] * other.imaginary[bin] - imaginary[bin] * other.real[bin]) * weight;
            }
            Fft.inverse(productReal, productImaginary);
            return java.util.Arrays.copyOf(productReal, lags);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static short clip(double value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
    }
}
