package io.callqa.audio;

import static io.callqa.rejects.RejectReason.CORRUPT_AUDIO;
import static io.callqa.rejects.RejectReason.TOO_MANY_CHANNELS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects a streaming decoder's output, one growing array per channel, and stops it as soon as the recording runs
 * past the duration limit: a compressed file's length is known for sure only once it is decoded, and the decoded
 * audio must not fill the heap first.
 */
final class ChannelBuffers {
    private final int sampleRate;
    private final DurationLimit limit;
    private final short[][] channels;
    private int frames;

    /** @param expectedFrames the length the stream declares, to size the arrays once; 0 when unknown */
    ChannelBuffers(int channelCount, int sampleRate, DurationLimit limit, long expectedFrames)
            throws AudioFormatException {
        if (channelCount < 1 || channelCount > 2) {
            throw new AudioFormatException(TOO_MANY_CHANNELS, String.format(
                    "Cannot decode audio: %d channels; callqa takes mono or two-party stereo", channelCount));
        }
        limit.check(expectedFrames, sampleRate);
        this.sampleRate = sampleRate;
        this.limit = limit;
        int capacity = (int) Math.max(sampleRate, expectedFrames);
        this.channels = new short[channelCount][capacity];
    }

    int channelCount() {
        return channels.length;
    }

    /** Appends {@code count} frames of interleaved samples (as many per frame as there are channels). */
    void appendInterleaved(short[] samples, int offset, int count) throws AudioFormatException {
        ensureRoom(count);
        for (int frame = 0; frame < count; frame++) {
            for (int channel = 0; channel < channels.length; channel++) {
                channels[channel][frames + frame] = samples[offset + frame * channels.length + channel];
            }
        }
        frames += count;
    }

    /** Appends {@code count} frames of one float array per channel, full scale ±1.0. */
    void appendPlanar(float[][] samples, int[] offsets, int count) throws AudioFormatException {
        ensureRoom(count);
        for (int channel = 0; channel < channels.length; channel++) {
            for (int frame = 0; frame < count; frame++) {
                long value = Math.round(samples[channel][offsets[channel] + frame] * 32767.0);
                channels[channel][frames + frame] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
            }
        }
        frames += count;
    }

    /** Drops the first {@code count} frames (an Opus stream's pre-skip). */
    void dropFirst(int count) {
        int dropped = Math.min(count, frames);
        for (short[] channel : channels) {
            System.arraycopy(channel, dropped, channel, 0, frames - dropped);
        }
        frames -= dropped;
    }

    /** Drops what follows the first {@code count} frames (the padding of an Opus stream's last packet). */
    void keepFirst(long count) {
        frames = (int) Math.min(frames, count);
    }

    int frames() {
        return frames;
    }

    long millis() {
        return frames * 1000L / sampleRate;
    }

    /**
     * The decoded audio; a stream that broke off ({@code brokenBy} not null) keeps what was decoded before it, as a
     * truncated recording, unless nothing was.
     *
     * @param declaredFrames the length the stream declared, or 0 when it declares none
     */
    DecodedAudio toAudio(String encoding, Exception brokenBy, long declaredFrames, String format)
            throws AudioFormatException {
        if (frames == 0) {
            throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: the "
                    + format + " file holds no decodable audio" + (brokenBy == null ? "" : ": " + brokenBy.getMessage()));
        }
        Truncation truncation = null;
        if (declaredFrames > frames) {
            truncation = new Truncation(declaredFrames * 1000 / sampleRate, millis());
        } else if (brokenBy != null) {
            truncation = new Truncation(Truncation.UNKNOWN, millis());
        }
        List<short[]> output = new ArrayList<>();
        for (short[] channel : channels) {
            output.add(channel.length == frames ? channel : Arrays.copyOf(channel, frames));
        }
        return new DecodedAudio(sampleRate, output, encoding, truncation);
    }

    private void ensureRoom(int count) throws AudioFormatException {
        long needed = (long) frames + count;
        if (needed > limit.maxFrames(sampleRate)) {
            throw limit.exceededWhileDecoding();
        }
        if (needed > channels[0].length) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, channels[0].length * 3L / 2));
            for (int channel = 0; channel < channels.length; channel++) {
                channels[channel] = Arrays.copyOf(channels[channel], capacity);
            }
        }
    }
}
