package io.callqa.audio;

import java.util.List;

/**
 * Decoded audio: one array of 16-bit samples per channel, all at {@code sampleRate}.
 *
 * @param encoding what the file held, for example "pcm_s16le", "mulaw" or "mp3", kept for the call metrics
 * @param truncation how much of the recording is missing, or null when the file is whole
 */
public record DecodedAudio(int sampleRate, List<short[]> channels, String encoding, Truncation truncation) {
    public DecodedAudio {
        channels = List.copyOf(channels);
    }

    public DecodedAudio(int sampleRate, List<short[]> channels, String encoding) {
        this(sampleRate, channels, encoding, null);
    }

    public int channelCount() {
        return channels.size();
    }

    public int frameCount() {
        return channels.isEmpty() ? 0 : channels.get(0).length;
    }

    public long durationMillis() {
        return frameCount() * 1000L / sampleRate;
    }

    public short[] channel(int index) {
        return channels.get(index);
    }
}
