package io.callqa.line;

import java.util.List;

/**
 * What {@link LineCleaner} found on one call.
 *
 * @param bleedInto per channel, how much of the other channel leaked into it
 * @param gainDecibels per channel, the gain that brought its speech to the common level (0 when left as it was)
 * @param holds stretches of hold music or other sustained non-speech sound, muted before recognition
 * @param toneStretches stretches of keypad (DTMF) tones, muted before recognition
 */
public record LineReport(List<Bleed> bleedInto, List<Double> gainDecibels, List<Stretch> holds,
        List<Stretch> toneStretches) {
    public LineReport {
        bleedInto = List.copyOf(bleedInto);
        gainDecibels = List.copyOf(gainDecibels);
        holds = List.copyOf(holds);
        toneStretches = List.copyOf(toneStretches);
    }

    /** The report of channels that were not cleaned. */
    public static LineReport untouched(int channels) {
        return new LineReport(java.util.Collections.nCopies(channels, Bleed.NONE),
                java.util.Collections.nCopies(channels, 0.0), List.of(), List.of());
    }

    public long holdMillis() {
        return holds.stream().mapToLong(Stretch::lengthMillis).sum();
    }
}
