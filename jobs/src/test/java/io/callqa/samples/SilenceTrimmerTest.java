package io.callqa.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SilenceTrimmerTest {
    private static final int SAMPLE_RATE = 8000;

    @Test
    void cutsQuietFramesBeforeAndAfterTheSound() {
        short[] clip = new short[SAMPLE_RATE];
        for (int index = 0; index < clip.length; index++) {
            boolean sounding = index >= 2000 && index < 6000;
            double level = sounding ? 8000 : 20;
            clip[index] = (short) Math.round(level * Math.sin(2 * Math.PI * 440 * index / SAMPLE_RATE));
        }

        short[] trimmed = SilenceTrimmer.trim(clip, SAMPLE_RATE);

        assertThat(trimmed).hasSize(4000);
        assertThat(trimmed[0]).isEqualTo(clip[2000]);
    }

    @Test
    void keepsQuietStretchesBetweenSounds() {
        short[] clip = new short[SAMPLE_RATE];
        for (int index = 800; index < 1600; index++) {
            clip[index] = 5000;
        }
        for (int index = 4000; index < 4800; index++) {
            clip[index] = -5000;
        }

        assertThat(SilenceTrimmer.trim(clip, SAMPLE_RATE)).hasSize(4000);
    }

    @Test
    void returnsNothingForSilence() {
        assertThat(SilenceTrimmer.trim(new short[SAMPLE_RATE], SAMPLE_RATE)).isEmpty();
    }
}
