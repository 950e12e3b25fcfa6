package io.callqa.samples;

import java.util.List;

/**
 * A telephone line and recorder condition to put a synthetic call through, so that tests and benchmarks measure
 * callqa on audio that sounds like the calls users record rather than on clean speech.
 *
 * @param name a short label for tables, e.g. {@code bleed-25}
 * @param bleedDecibels each channel also carries the other party this much quieter (null: no leak)
 * @param bleedDelayMillis how late the leaked copy arrives
 * @param noise background noise on both channels, or null
 * @param noiseSnrDecibels the noise this far below each channel's speech
 * @param customerGainDecibels the customer's voice this much louder (negative: quieter), leak included
 * @param bandLimited 300–3400 Hz, as an analogue line or an old PBX passes it
 * @param gsm every channel through a GSM 06.10 round trip (needs sox)
 * @param holdMusicMillis this much hold music on the agent's channel before the middle turn (0: none)
 * @param keypadDigits the customer keys these digits (DTMF) before the customer's second turn (empty: none)
 * @param clipped the agent's channel 12 dB too hot and hard-clipped, as from a badly set headset
 */
public record LineCondition(
        String name,
        Double bleedDecibels,
        long bleedDelayMillis,
        Noise noise,
        double noiseSnrDecibels,
        double customerGainDecibels,
        boolean bandLimited,
        boolean gsm,
        long holdMusicMillis,
        String keypadDigits,
        boolean clipped) {

    public enum Noise { PINK, BROWN, BABBLE }

    public static final LineCondition CLEAN = new LineCondition("clean", null, 0, null, 0, 0, false, false, 0, "", false);

    public static LineCondition bleed(double decibels, long delayMillis) {
        return new LineCondition(String.format(java.util.Locale.ROOT, "bleed %.0f dB %d ms", decibels, delayMillis),
                decibels, delayMillis, null, 0, 0, false, false, 0, "", false);
    }

    /** The conditions of the degraded corpus, each on its own, then the realistic mixes of them. */
    public static List<LineCondition> corpus() {
        LineCondition realistic = new LineCondition("bleed -25 dB + pink noise 20 dB + 300-3400 Hz", -25.0, 40,
                Noise.PINK, 20, 0, true, false, 0, "", false);
        return List.of(
                CLEAN,
                bleed(-20, 20),
                bleed(-25, 40),
                bleed(-30, 60),
                new LineCondition("pink noise 15 dB", null, 0, Noise.PINK, 15, 0, false, false, 0, "", false),
                new LineCondition("brown noise 12 dB", null, 0, Noise.BROWN, 12, 0, false, false, 0, "", false),
                new LineCondition("babble 20 dB", null, 0, Noise.BABBLE, 20, 0, false, false, 0, "", false),
                new LineCondition("300-3400 Hz", null, 0, null, 0, 0, true, false, 0, "", false),
                new LineCondition("GSM 06.10", null, 0, null, 0, 0, false, true, 0, "", false),
                new LineCondition("quiet noisy customer (-12 dB, 16 dB SNR, 300-3400 Hz)", null, 0, Noise.PINK, 16, -12,
                        true, false, 0, "", false),
                new LineCondition("hold music 8 s", null, 0, null, 0, 0, false, false, 8000, "", false),
                new LineCondition("DTMF", null, 0, null, 0, 0, false, false, 0, "4417", false),
                new LineCondition("clipped agent", null, 0, null, 0, 0, false, false, 0, "", true),
                realistic,
                new LineCondition("realistic + GSM + quiet customer", -25.0, 40, Noise.PINK, 20, -10, true, true, 0, "",
                        false));
    }
}
