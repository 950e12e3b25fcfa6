package io.callqa.audio;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.testing.WavWriter;
import org.junit.jupiter.api.Test;

class ResamplerTest {
    @Test
    void upsamplingTelephoneAudioKeepsTheToneAndAddsNoImage() {
        short[] tone = WavWriter.sine(8000, 1000, 1.0, 10000);

        short[] upsampled = Resampler.between(8000, 16000).resample(tone);

        assertThat(upsampled).hasSize(16000);
        // Skip the filter's edges; measure the middle of the signal.
        double signal = amplitude(upsampled, 16000, 1000);
        double image = amplitude(upsampled, 16000, 7000);
        assertThat(signal).isCloseTo(10000, org.assertj.core.data.Offset.offset(150.0));
        // Linear interpolation leaves the 7 kHz image at about -17 dB; a proper low-pass removes it.
        assertThat(20 * Math.log10(image / signal)).isLessThan(-60);
    }

    @Test
    void downsamplingRemovesWhatTheNewRateCannotHold() {
        short[] speechBand = WavWriter.sine(44100, 1000, 1.0, 8000);
        short[] aboveNyquist = WavWriter.sine(44100, 12000, 1.0, 8000);
        short[] mixed = new short[speechBand.length];
        for (int index = 0; index < mixed.length; index++) {
            mixed[index] = (short) ((speechBand[index] + aboveNyquist[index]) / 2);
        }

        short[] downsampled = Resampler.between(44100, 16000).resample(mixed);

        assertThat(downsampled).hasSize(16000);
        double kept = amplitude(downsampled, 16000, 1000);
        // 12 kHz would fold to 4 kHz at 16 kHz.
        double aliased = amplitude(downsampled, 16000, 4000);
        assertThat(kept).isCloseTo(4000, org.assertj.core.data.Offset.offset(100.0));
        assertThat(20 * Math.log10(aliased / kept)).isLessThan(-60);
    }

    /** Amplitude of one frequency over the middle half of the signal (a single-bin Fourier transform). */
    private static double amplitude(short[] samples, int sampleRate, double frequency) {
        int from = samples.length / 4;
        int to = 3 * samples.length / 4;
        double real = 0;
        double imaginary = 0;
        for (int index = from; index < to; index++) {
            double phase = 2 * Math.PI * frequency * index / sampleRate;
            real += samples[index] * Math.cos(phase);
            imaginary += samples[index] * Math.sin(phase);
        }
        return 2 * Math.hypot(real, imaginary) / (to - from);
    }
}
