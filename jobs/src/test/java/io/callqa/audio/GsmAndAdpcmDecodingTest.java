package io.callqa.audio;

import static io.callqa.testing.Sox.sox;
import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.testing.CallqaTestHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The codecs of telephone systems (GSM 06.10 as Asterisk's WAV49 and as raw .gsm, IMA and MS ADPCM in WAV), encoded
 * by sox from a sample call and decoded by us: our samples must be exactly sox's own decode of the same file.
 */
class GsmAndAdpcmDecodingTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"wav,gsm-full-rate,1,gsm", "gsm,gsm-full-rate,1,gsm", "wav,ima-adpcm,2,ima_adpcm",
            "wav,ms-adpcm,2,ms_adpcm"})
    void decodesWhatSoxEncodedExactlyAsSoxDecodesIt(String extension, String soxEncoding, int channels,
            String encoding) throws Exception {
        Path original = CallqaTestHome.home().resolve("samples/calls/c001.wav");
        Path encoded = folder.resolve("encoded." + extension);
        Path soxDecoded = folder.resolve("sox-decoded.wav");
        sox(original, "-c", channels, "-e", soxEncoding, encoded);
        sox(encoded, "-e", "signed-integer", "-b", 16, soxDecoded);

        DecodedAudio ours = new AudioDecoder(DurationLimit.DEFAULT).decode(Files.readAllBytes(encoded));
        DecodedAudio reference = WavDecoder.decode(Files.readAllBytes(soxDecoded));

        assertThat(ours.encoding()).isEqualTo(encoding);
        assertThat(ours.sampleRate()).isEqualTo(8000);
        assertThat(ours.channelCount()).isEqualTo(channels);
        // sox pads its decode of a WAV to whole blocks; the fact chunk, which we follow, says how many samples are real.
        int expectedFrames = extension.equals("wav") ? WavDecoder.decode(Files.readAllBytes(original)).frameCount()
                : reference.frameCount();
        assertThat(ours.frameCount()).isEqualTo(expectedFrames);
        for (int channel = 0; channel < channels; channel++) {
            assertThat(ours.channel(channel)).as("channel %d", channel)
                    .containsExactly(Arrays.copyOf(reference.channel(channel), expectedFrames));
        }
    }
}
