package io.callqa.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds WAV files byte by byte, including broken ones, for decoder and reject tests. */
public final class WavWriter {
    private WavWriter() {}

    /** A 16-bit PCM WAV with one array per channel. */
    public static byte[] pcm16(int sampleRate, short[]... channels) {
        int frames = channels[0].length;
        ByteBuffer data = ByteBuffer.allocate(frames * channels.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int frame = 0; frame < frames; frame++) {
            for (short[] channel : channels) {
                data.putShort(channel[frame]);
            }
        }
        return wav(1, channels.length, sampleRate, 16, data.array());
    }

    /** A WAV with any format code and raw sample bytes, as a file would hold them. */
    public static byte[] wav(int formatCode, int channels, int sampleRate, int bitsPerSample, byte[] data) {
        return wav(formatCode, channels, sampleRate, bitsPerSample, data, data.length);
    }

    /** As {@link #wav(int, int, int, int, byte[])}, with a data chunk size that may lie. */
    public static byte[] wav(int formatCode, int channels, int sampleRate, int bitsPerSample, byte[] data,
            int declaredDataSize) {
        int blockAlign = channels * Math.max(1, bitsPerSample / 8);
        ByteBuffer buffer = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes()).putInt(36 + declaredDataSize).put("WAVE".getBytes());
        buffer.put("fmt ".getBytes()).putInt(16).putShort((short) formatCode).putShort((short) channels)
                .putInt(sampleRate).putInt(sampleRate * blockAlign).putShort((short) blockAlign)
                .putShort((short) bitsPerSample);
        buffer.put("data".getBytes()).putInt(declaredDataSize).put(data);
        return buffer.array();
    }

    public static short[] sine(int sampleRate, double frequency, double seconds, double amplitude) {
        short[] samples = new short[(int) (sampleRate * seconds)];
        for (int index = 0; index < samples.length; index++) {
            samples[index] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * frequency * index / sampleRate));
        }
        return samples;
    }
}
