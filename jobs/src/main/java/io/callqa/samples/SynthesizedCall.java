package io.callqa.samples;

import io.callqa.line.Stretch;
import java.util.List;

/**
 * A synthesized recording (a complete WAV file) with its ground truth.
 *
 * @param holds where the line condition put hold music
 * @param tones where it put keypad tones
 */
public record SynthesizedCall(CallGroundTruth groundTruth, byte[] wav, List<Stretch> holds, List<Stretch> tones) {
    public SynthesizedCall {
        wav = wav.clone();
        holds = List.copyOf(holds);
        tones = List.copyOf(tones);
    }

    @Override
    public byte[] wav() {
        return wav.clone();
    }
}
