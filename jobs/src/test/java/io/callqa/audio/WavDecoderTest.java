package io.callqa.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callqa.rejects.RejectReason;
import io.callqa.testing.WavWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WavDecoderTest {
    @Test
    void decodesStereoPcmIntoOneArrayPerChannel() throws Exception {
        short[] left = {0, 1000, -1000, Short.MAX_VALUE};
        short[] right = {5, -5, Short.MIN_VALUE, 7};

        DecodedAudio audio = WavDecoder.decode(WavWriter.pcm16(8000, left, right));

        assertThat(audio.sampleRate()).isEqualTo(8000);
        assertThat(audio.channel(0)).containsExactly(left);
        assertThat(audio.channel(1)).containsExactly(right);
        assertThat(audio.encoding()).isEqualTo("pcm_s16le");
    }

    @ParameterizedTest
    @ValueSource(ints = {8000, 11025, 16000, 22050, 44100, 48000})
    void keepsEveryCommonSampleRateAndItsDuration(int sampleRate) throws Exception {
        DecodedAudio audio = WavDecoder.decode(WavWriter.pcm16(sampleRate, new short[sampleRate * 2]));

        assertThat(audio.sampleRate()).isEqualTo(sampleRate);
        assertThat(audio.durationMillis()).isEqualTo(2000);
    }

    /** The JDK's G.711 decoders match sox; ours must match the JDK for every one of the 256 codes. */
    @ParameterizedTest
    @ValueSource(strings = {"ULAW", "ALAW"})
    void decodesG711LikeTheJdk(String encodingName) throws Exception {
        AudioFormat.Encoding encoding = encodingName.equals("ULAW") ? AudioFormat.Encoding.ULAW : AudioFormat.Encoding.ALAW;
        byte[] codes = new byte[256];
        for (int code = 0; code < 256; code++) {
            codes[code] = (byte) code;
        }
        AudioFormat format = new AudioFormat(encoding, 8000, 8, 1, 1, 8000, false);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(codes), format, codes.length),
                AudioFileFormat.Type.WAVE, file);
        AudioInputStream jdk = AudioSystem.getAudioInputStream(
                new AudioFormat(8000, 16, 1, true, false),
                new AudioInputStream(new ByteArrayInputStream(codes), format, codes.length));
        byte[] jdkPcm = jdk.readAllBytes();

        DecodedAudio ours = WavDecoder.decode(file.toByteArray());

        assertThat(ours.encoding()).isEqualTo(encodingName.equals("ULAW") ? "mulaw" : "alaw");
        for (int code = 0; code < 256; code++) {
            short expected = (short) ((jdkPcm[2 * code] & 0xFF) | (jdkPcm[2 * code + 1] << 8));
            assertThat(ours.channel(0)[code]).as("code %d", code).isEqualTo(expected);
        }
    }

    @Test
    void mulawEncodingRoundTripsWithinOneQuantizationStep() {
        for (int sample = -32000; sample <= 32000; sample += 7) {
            short decoded = G711.mulawToLinear(G711.linearToMulaw((short) sample));
            assertThat(Math.abs(decoded - sample)).as("sample %d", sample).isLessThanOrEqualTo(Math.max(8, Math.abs(sample) / 16));
        }
    }

    @Test
    void rejectsAnEmptyFile() {
        assertRejected(new byte[0], RejectReason.EMPTY_AUDIO);
    }

    @Test
    void rejectsATextFileNamedWav() {
        assertRejected("call_id,agent\n1,2\n".getBytes(StandardCharsets.UTF_8), RejectReason.NOT_WAV);
    }

    /** A recorder that crashed: what is there is kept, and how much is missing is said. */
    @Test
    void decodesWhatATruncatedFileHoldsAndSaysHowMuchIsMissing() throws Exception {
        short[] samples = WavWriter.sine(8000, 440, 0.1, 8000);
        byte[] whole = WavWriter.pcm16(8000, samples);
        java.nio.ByteBuffer.wrap(whole).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(40, 8000 * 2 * 10);

        DecodedAudio audio = WavDecoder.decode(whole);

        assertThat(audio.channel(0)).containsExactly(samples);
        assertThat(audio.truncation()).isEqualTo(new Truncation(10_000, 100));
        assertThat(audio.truncation().message()).isEqualTo("Cannot decode all of the audio: the header declares "
                + "10.0 s but the file ends after 0.1 s; transcribed up to there");
    }

    @Test
    void rejectsAFileCutOffBeforeItsFirstSample() {
        assertRejected(WavWriter.wav(1, 1, 8000, 16, new byte[1], 16000), RejectReason.TRUNCATED_AUDIO);
        assertRejected(java.util.Arrays.copyOf(WavWriter.pcm16(8000, new short[100]), 40), RejectReason.TRUNCATED_AUDIO);
    }

    @Test
    void rejectsARecordingOverTheLimitFromItsHeaderBeforeDecodingIt() {
        byte[] fiveSeconds = WavWriter.pcm16(8000, new short[8000 * 5]);

        assertThatThrownBy(() -> WavDecoder.decode(fiveSeconds, new DurationLimit(4000)))
                .isInstanceOfSatisfying(AudioFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.AUDIO_TOO_LONG))
                .hasMessage("Cannot decode audio: the recording is 5.0 s long, over the limit of 4.0 s "
                        + "(audio.max_duration_hours in conf/callqa.yaml)");
    }

    @Test
    void rejectsAFileWithoutSamples() {
        assertRejected(WavWriter.wav(1, 1, 8000, 16, new byte[0]), RejectReason.EMPTY_AUDIO);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x0055, 0x0022, 0x0040})
    void rejectsCodecsItCannotDecodeByName(int formatCode) {
        assertThatThrownBy(() -> WavDecoder.decode(WavWriter.wav(formatCode, 1, 8000, 4, new byte[800])))
                .isInstanceOfSatisfying(AudioFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSUPPORTED_AUDIO_FORMAT))
                .hasMessageStartingWith("Cannot decode audio: WAV format ");
    }

    @Test
    void rejectsMoreThanTwoChannels() {
        assertRejected(WavWriter.wav(1, 3, 8000, 16, new byte[4800]), RejectReason.TOO_MANY_CHANNELS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#!AMR\n:an AMR file", "FORM\u0000\u0000\u0000\u0000AIFF:an AIFF file"})
    void namesFormatsItDoesNotReadAndSaysHowToConvertThem(String startAndName) {
        String[] parts = startAndName.split(":");
        byte[] file = java.util.Arrays.copyOf(parts[0].getBytes(StandardCharsets.ISO_8859_1), 200);

        assertThatThrownBy(() -> new AudioDecoder(DurationLimit.DEFAULT).decode(file))
                .isInstanceOfSatisfying(AudioFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSUPPORTED_AUDIO_FORMAT))
                .hasMessage("Cannot decode audio: this is " + parts[1]
                        + ", which callqa does not read; convert it to WAV, e.g. with sox or ffmpeg");
    }

    /** A recorder killed before it wrote the length into its header: the samples are all there. */
    @Test
    void readsToTheEndOfTheFileWhenTheHeaderLeftTheLengthAtZero() throws Exception {
        short[] samples = WavWriter.sine(8000, 440, 0.5, 8000);
        byte[] file = WavWriter.pcm16(8000, samples);
        java.nio.ByteBuffer.wrap(file).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, 0).putInt(40, 0);

        DecodedAudio audio = WavDecoder.decode(file);

        assertThat(audio.channel(0)).containsExactly(samples);
    }

    private static void assertRejected(byte[] file, RejectReason reason) {
        assertThatThrownBy(() -> WavDecoder.decode(file))
                .isInstanceOfSatisfying(AudioFormatException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageStartingWith("Cannot decode audio: ");
    }
}
