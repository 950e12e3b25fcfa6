package io.callqa.samples;

/**
 * Synthesized speech at {@link TextToSpeech#SAMPLE_RATE}, trimmed so that its first and last samples are the
 * start and end of speech: placing a clip on the timeline places the speech exactly.
 */
public record SpeechClip(short[] samples) {
    public SpeechClip {
        samples = samples.clone();
    }

    @Override
    public short[] samples() {
        return samples.clone();
    }

    public long durationMillis() {
        return samples.length * 1000L / TextToSpeech.SAMPLE_RATE;
    }
}
