package io.callqa.samples;

/** A synthesized recording (a complete WAV file) with its ground truth. */
public record SynthesizedCall(CallGroundTruth groundTruth, byte[] wav) {
    public SynthesizedCall {
        wav = wav.clone();
    }

    @Override
    public byte[] wav() {
        return wav.clone();
    }
}
