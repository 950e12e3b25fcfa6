package io.callqa.line;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a call's channels for recognition. On a two-channel call each channel's leak of the other party is
 * cancelled (and what the canceller leaves is gated); on every channel keypad tones and hold music are muted; then
 * every channel is brought to a common speech level. A channel in which nothing was found comes out sample for
 * sample as it went in, so clean recordings are transcribed exactly as before.
 */
public final class LineCleaner {
    private LineCleaner() {}

    public static CleanedAudio clean(List<short[]> channels, int sampleRate) {
        List<short[]> cleaned = new ArrayList<>(channels);
        List<Bleed> bleed = new ArrayList<>(java.util.Collections.nCopies(channels.size(), Bleed.NONE));
        if (channels.size() == 2) {
            BleedCanceller.Result[] results = BleedCanceller.cancel(channels.get(0), channels.get(1), sampleRate);
            for (int channel = 0; channel < 2; channel++) {
                bleed.set(channel, results[channel].bleed());
                if (results[channel].bleed().detected()) {
                    cleaned.set(channel, ResidualLeakGate.apply(results[channel].cleaned(),
                            results[channel].leakEstimate(), sampleRate));
                }
            }
        }
        List<Stretch> tones = new ArrayList<>();
        List<Stretch> holds = new ArrayList<>();
        List<ChannelCleaning> reports = new ArrayList<>();
        for (int channel = 0; channel < cleaned.size(); channel++) {
            List<Stretch> channelTones = KeypadToneDetector.find(cleaned.get(channel), sampleRate);
            List<Stretch> channelHolds = HoldMusicDetector.find(cleaned.get(channel), sampleRate);
            short[] muted = mute(mute(cleaned.get(channel), channelTones, sampleRate), channelHolds, sampleRate);
            boolean noisy = NoiseSuppressor.needed(muted, sampleRate);
            if (noisy) {
                muted = NoiseSuppressor.apply(muted, sampleRate);
            }
            tones.addAll(channelTones);
            holds.addAll(channelHolds);
            double gain = Math.round(LevelNormalizer.gainDecibels(muted, sampleRate) * 10) / 10.0;
            reports.add(new ChannelCleaning(bleed.get(channel), gain, noisy));
            cleaned.set(channel, LevelNormalizer.apply(muted, gain));
        }
        return new CleanedAudio(cleaned, new LineReport(reports, union(holds), union(tones)));
    }

    private static short[] mute(short[] samples, List<Stretch> stretches, int sampleRate) {
        if (stretches.isEmpty()) {
            return samples;
        }
        short[] muted = samples.clone();
        for (Stretch stretch : stretches) {
            int start = (int) Math.min(samples.length, stretch.startMillis() * sampleRate / 1000);
            int end = (int) Math.min(samples.length, stretch.endMillis() * sampleRate / 1000);
            java.util.Arrays.fill(muted, start, end, (short) 0);
        }
        return muted;
    }

    /** Stretches of both channels as one sorted list, overlapping ones merged. */
    private static List<Stretch> union(List<Stretch> stretches) {
        List<Stretch> sorted = stretches.stream().sorted(java.util.Comparator.comparingLong(Stretch::startMillis)).toList();
        List<Stretch> merged = new ArrayList<>();
        for (Stretch stretch : sorted) {
            Stretch last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && stretch.startMillis() <= last.endMillis()) {
                merged.set(merged.size() - 1, new Stretch(last.startMillis(), Math.max(last.endMillis(), stretch.endMillis())));
            } else {
                merged.add(stretch);
            }
        }
        return merged;
    }
}
