package io.callqa.samples;

import io.callqa.audio.DecodedAudio;
import java.util.List;

/** A two-channel recording as a mono recorder (Twilio, Asterisk MixMonitor) would have made it: both parties summed. */
public final class MonoMixdown {
    private MonoMixdown() {}

    public static DecodedAudio of(DecodedAudio stereo) {
        short[] mono = new short[stereo.frameCount()];
        for (int frame = 0; frame < mono.length; frame++) {
            int sum = 0;
            for (short[] channel : stereo.channels()) {
                sum += channel[frame];
            }
            mono[frame] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sum));
        }
        return new DecodedAudio(stereo.sampleRate(), List.of(mono), stereo.encoding());
    }
}
