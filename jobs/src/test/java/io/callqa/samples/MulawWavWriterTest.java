package io.callqa.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.WavDecoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MulawWavWriterTest {
    @Test
    void writesAHeaderWithFormatAndFactChunks() {
        byte[] wav = MulawWavWriter.write(8000, List.of(new short[3], new short[3]));
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(tag(wav, 0)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).isEqualTo(wav.length - 8);
        assertThat(tag(wav, 8)).isEqualTo("WAVE");
        assertThat(tag(wav, 12)).isEqualTo("fmt ");
        assertThat(header.getInt(16)).isEqualTo(18);
        assertThat(header.getShort(20)).as("format tag").isEqualTo((short) 7);
        assertThat(header.getShort(22)).as("channels").isEqualTo((short) 2);
        assertThat(header.getInt(24)).as("sample rate").isEqualTo(8000);
        assertThat(header.getInt(28)).as("bytes per second").isEqualTo(16000);
        assertThat(header.getShort(32)).as("block align").isEqualTo((short) 2);
        assertThat(header.getShort(34)).as("bits per sample").isEqualTo((short) 8);
        assertThat(tag(wav, 38)).isEqualTo("fact");
        assertThat(header.getInt(46)).as("frames").isEqualTo(3);
        assertThat(tag(wav, 50)).isEqualTo("data");
        assertThat(header.getInt(54)).isEqualTo(6);
        assertThat(wav).hasSize(58 + 6);
    }

    @Test
    void padsAnOddDataChunk() {
        byte[] wav = MulawWavWriter.write(8000, List.of(new short[3]));

        assertThat(ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(54)).isEqualTo(3);
        assertThat(wav).hasSize(58 + 4);
    }

    @Test
    void roundTripsThroughTheDecoderWithinMulawPrecision() throws Exception {
        short[] left = {0, 1000, -1000, 30000, -32768};
        short[] right = {500, -500, 12000, -12000, 8};

        DecodedAudio decoded = WavDecoder.decode(MulawWavWriter.write(8000, List.of(left, right)));

        assertThat(decoded.encoding()).isEqualTo("mulaw");
        for (int index = 0; index < left.length; index++) {
            assertThat((double) decoded.channel(0)[index]).isCloseTo(left[index], offset(mulawStep(left[index])));
            assertThat((double) decoded.channel(1)[index]).isCloseTo(right[index], offset(mulawStep(right[index])));
        }
    }

    /** μ-law keeps about four bits of mantissa: the error grows with the magnitude. */
    private static double mulawStep(short sample) {
        return Math.max(16, Math.abs(sample) / 16.0);
    }

    private static String tag(byte[] wav, int position) {
        return new String(wav, position, 4, StandardCharsets.US_ASCII);
    }
}
