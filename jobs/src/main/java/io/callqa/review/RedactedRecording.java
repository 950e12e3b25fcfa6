package io.callqa.review;

import io.callqa.audio.DecodedAudio;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a recording in which the personal data is replaced by a tone on every channel, as Amazon Transcribe Call
 * Analytics does: a reviewer hears where something was said, not what. The rest of the recording is kept sample for
 * sample, as 16-bit PCM WAV (which holds every sample of 8- and 16-bit recordings exactly).
 */
public final class RedactedRecording {
    /** A 1 kHz tone at a quarter of full scale: plainly not speech, and not painful on headphones. */
    static final double TONE_HERTZ = 1000;
    static final double TONE_AMPLITUDE = 8192;
    private static final short PCM = 1;
    private static final short BITS_PER_SAMPLE = 16;

    private RedactedRecording() {}

    /** The recording with every span toned out, as a WAV file. */
    public static byte[] write(DecodedAudio audio, List<TimeSpan> spans) {
        List<short[]> channels = new ArrayList<>();
        for (short[] channel : audio.channels()) {
            channels.add(channel.clone());
        }
        for (TimeSpan span : spans) {
            int first = frame(span.startMs(), audio);
            int end = frame(span.endMs(), audio);
            for (int index = first; index < end; index++) {
                short tone = toneSample(index, audio.sampleRate());
                for (short[] channel : channels) {
                    channel[index] = tone;
                }
            }
        }
        return pcmWav(audio.sampleRate(), channels);
    }

    /** The tone's sample at {@code frame}, so that tests can check a span sample for sample. */
    static short toneSample(int frame, int sampleRate) {
        return (short) Math.round(TONE_AMPLITUDE * Math.sin(2 * Math.PI * TONE_HERTZ * frame / sampleRate));
    }

    private static int frame(long milliseconds, DecodedAudio audio) {
        return (int) Math.min(audio.frameCount(), milliseconds * audio.sampleRate() / 1000);
    }

    private static byte[] pcmWav(int sampleRate, List<short[]> channels) {
        int frames = channels.get(0).length;
        int channelCount = channels.size();
        int dataSize = frames * channelCount * 2;
        ByteBuffer buffer = ByteBuffer.allocate(44 + dataSize).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataSize)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort(PCM).putShort((short) channelCount).putInt(sampleRate)
                .putInt(sampleRate * channelCount * 2).putShort((short) (channelCount * 2)).putShort(BITS_PER_SAMPLE)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataSize);
        for (int frame = 0; frame < frames; frame++) {
            for (short[] channel : channels) {
                buffer.putShort(channel[frame]);
            }
        }
        return buffer.array();
    }
}
