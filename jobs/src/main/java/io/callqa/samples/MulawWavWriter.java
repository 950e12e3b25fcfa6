package io.callqa.samples;

import io.callqa.audio.G711;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes G.711 μ-law WAV files, the format call recorders produce: one byte per sample, channels interleaved.
 *
 * <p>The header is written by hand so that the file has the layout of a recorder's: an 18-byte {@code fmt} chunk
 * and a {@code fact} chunk, which the WAVE specification asks of every format other than PCM.
 */
public final class MulawWavWriter {
    private static final short FORMAT_MULAW = 7;
    private static final short BITS_PER_SAMPLE = 8;
    /** A non-PCM {@code fmt} chunk ends with the size of its extension, here zero. */
    private static final int FORMAT_CHUNK_SIZE = 18;
    private static final int FACT_CHUNK_SIZE = 4;

    private MulawWavWriter() {}

    public static byte[] write(int sampleRate, List<short[]> channels) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("Cannot write WAV: no channels");
        }
        int frames = channels.get(0).length;
        if (channels.stream().anyMatch(channel -> channel.length != frames)) {
            throw new IllegalArgumentException("Cannot write WAV: the channels differ in length");
        }
        int channelCount = channels.size();
        int dataSize = frames * channelCount;
        int fileSize = 12 + (8 + FORMAT_CHUNK_SIZE) + (8 + FACT_CHUNK_SIZE) + 8 + dataSize + (dataSize & 1);
        ByteBuffer buffer = ByteBuffer.allocate(fileSize).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(fileSize - 8);
        buffer.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        buffer.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(FORMAT_CHUNK_SIZE);
        buffer.putShort(FORMAT_MULAW)
                .putShort((short) channelCount)
                .putInt(sampleRate)
                .putInt(sampleRate * channelCount)
                .putShort((short) channelCount)
                .putShort(BITS_PER_SAMPLE)
                .putShort((short) 0);
        buffer.put("fact".getBytes(StandardCharsets.US_ASCII)).putInt(FACT_CHUNK_SIZE).putInt(frames);
        buffer.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataSize);
        for (int frame = 0; frame < frames; frame++) {
            for (short[] channel : channels) {
                buffer.put(G711.linearToMulaw(channel[frame]));
            }
        }
        // RIFF chunks are word-aligned: an odd-sized data chunk is followed by one pad byte, already zero.
        return buffer.array();
    }
}
