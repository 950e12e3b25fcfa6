package io.callqa.line;

import java.util.Collections;
import java.util.List;

/**
 * What {@link LineCleaner} found on one call.
 *
 * @param channels what was done to each channel, in channel order
 * @param holds stretches of hold music or other sustained non-speech sound, muted before recognition
 * @param toneStretches stretches of keypad (DTMF) tones, muted before recognition
 */
public record LineReport(List<ChannelCleaning> channels, List<Stretch> holds, List<Stretch> toneStretches) {
    public LineReport {
        channels = List.copyOf(channels);
        holds = List.copyOf(holds);
        toneStretches = List.copyOf(toneStretches);
    }

    /** The report of channels that were not cleaned. */
    public static LineReport untouched(int channels) {
        return new LineReport(Collections.nCopies(channels, ChannelCleaning.UNTOUCHED), List.of(), List.of());
    }

    public ChannelCleaning channel(int channel) {
        return channels.get(channel);
    }

    public long holdMillis() {
        return holds.stream().mapToLong(Stretch::lengthMillis).sum();
    }
}
