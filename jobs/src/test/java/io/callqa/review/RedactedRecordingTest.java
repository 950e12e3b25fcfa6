package io.callqa.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.WavDecoder;
import io.callqa.testing.CallqaTestHome;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The redacted copy of a real sample call: a tone exactly over the spans, every other sample unchanged. */
class RedactedRecordingTest {
    @Test
    void replacesTheSpansByAToneAndKeepsEveryOtherSample() throws Exception {
        DecodedAudio original = WavDecoder.decode(Files.readAllBytes(CallqaTestHome.home().resolve("samples/calls/c001.wav")));
        List<TimeSpan> spans = List.of(new TimeSpan(2_000, 3_500), new TimeSpan(10_000, 10_250));

        DecodedAudio redacted = WavDecoder.decode(RedactedRecording.write(original, spans));

        assertThat(redacted.sampleRate()).isEqualTo(8_000);
        assertThat(redacted.channelCount()).isEqualTo(2);
        assertThat(redacted.frameCount()).isEqualTo(original.frameCount());
        int toned = 0;
        for (int channel = 0; channel < 2; channel++) {
            for (int frame = 0; frame < original.frameCount(); frame++) {
                boolean inSpan = (frame >= 16_000 && frame < 28_000) || (frame >= 80_000 && frame < 82_000);
                short expected = inSpan ? RedactedRecording.toneSample(frame, 8_000) : original.channel(channel)[frame];
                assertThat(redacted.channel(channel)[frame]).as("channel %d frame %d", channel, frame).isEqualTo(expected);
                toned += inSpan ? 1 : 0;
            }
        }
        assertThat(toned).isEqualTo(2 * 14_000);
        // The span held speech before: the copy really changed there.
        assertThat(energy(original.channel(0), 16_000, 28_000) + energy(original.channel(1), 16_000, 28_000))
                .isNotEqualTo(2 * energy(redacted.channel(0), 16_000, 28_000));
    }

    @Test
    void theToneIsOneKilohertz() {
        // 8 samples per period at 8 kHz: a quarter period in, the tone is at its peak.
        assertThat(RedactedRecording.toneSample(2, 8_000)).isEqualTo((short) 8192);
        assertThat(RedactedRecording.toneSample(4, 8_000)).isEqualTo((short) 0);
        assertThat(RedactedRecording.toneSample(6, 8_000)).isEqualTo((short) -8192);
    }

    private static double energy(short[] samples, int from, int to) {
        double sum = 0;
        for (int index = from; index < to; index++) {
            sum += (double) samples[index] * samples[index];
        }
        return sum;
    }
}
