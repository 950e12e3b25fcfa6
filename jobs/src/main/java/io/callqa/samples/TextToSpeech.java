package io.callqa.samples;

import io.callqa.audio.AudioFormatException;
import io.callqa.audio.DecodedAudio;
import io.callqa.audio.Resampler;
import io.callqa.audio.WavDecoder;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Speaks a sentence with the flite command (Debian package {@code flite}) and returns it as telephone-rate speech,
 * trimmed to the exact speech and brought to a common loudness.
 *
 * <p>flite's voices come at 16 kHz ({@code kal16}, {@code slt}, {@code rms}, {@code awb}) or 8 kHz ({@code kal}); the
 * rate is read from each file rather than assumed.
 */
public final class TextToSpeech {
    public static final int SAMPLE_RATE = 8000;
    /** Speech level of a clip, about -20 dBFS: well above line noise, well below clipping. */
    private static final double TARGET_SPEECH_LEVEL = 3300;
    private static final double PEAK_LIMIT = 29000;
    /** Frames this close to the loudest count as speech when the level is measured. */
    private static final double SPEECH_FRAMES_BELOW_PEAK_DECIBELS = 20;

    private final String executable;
    private final Duration timeout;
    private List<String> voices;

    /** flite from the {@code PATH}, at most 30 seconds per sentence. */
    public TextToSpeech() {
        this("flite", Duration.ofSeconds(30));
    }

    public TextToSpeech(String executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /** Whether flite is on the {@code PATH}. */
    public static boolean isInstalled() {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, "flite")));
    }

    public SpeechClip speak(String voice, String text) {
        requireVoice(voice);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("callqa-tts");
            Path wav = folder.resolve("speech.wav");
            run(folder, List.of(executable, "-voice", voice, "-t", text, "-o", wav.toString()));
            DecodedAudio audio = WavDecoder.decode(Files.readAllBytes(wav));
            // Resampled before trimming, so that the filter sees the real silence around the speech and the cut
            // falls on the samples that end up in the recording.
            short[] telephoneRate = Resampler.between(audio.sampleRate(), SAMPLE_RATE).resample(audio.channel(0));
            short[] speech = SilenceTrimmer.trim(telephoneRate, SAMPLE_RATE);
            if (speech.length == 0) {
                throw new SampleGenerationException(
                        "Cannot synthesize speech: flite voice " + voice + " produced only silence for '" + text + "'");
            }
            return new SpeechClip(normalizeLoudness(speech));
        } catch (AudioFormatException e) {
            throw new SampleGenerationException(
                    "Cannot synthesize speech: flite's output for '" + text + "' is unreadable: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SampleGenerationException("Cannot synthesize speech: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** flite falls back to its default voice on an unknown name without a word, so the name is checked first. */
    private synchronized void requireVoice(String voice) {
        if (voices == null) {
            try {
                Path folder = Files.createTempDirectory("callqa-tts");
                try {
                    String listing = run(folder, List.of(executable, "-lv"));
                    voices = Arrays.asList(listing.replaceFirst("(?s).*Voices available:", "").trim().split("\\s+"));
                } finally {
                    deleteQuietly(folder);
                }
            } catch (IOException e) {
                throw new SampleGenerationException("Cannot synthesize speech: no temporary folder: " + e.getMessage(), e);
            }
        }
        if (!voices.contains(voice)) {
            throw new SampleGenerationException(
                    "Cannot synthesize speech: flite has no voice '" + voice + "'; it has " + String.join(", ", voices));
        }
    }

    /** Runs flite and returns what it printed; its output goes to a file so that a full pipe cannot stall it. */
    private String run(Path folder, List<String> command) throws IOException {
        Path log = folder.resolve("flite.log");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new SampleGenerationException(
                    "Cannot synthesize speech: " + executable + " is not installed; apt-get install flite", e);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new SampleGenerationException(
                        "Cannot synthesize speech: flite did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SampleGenerationException("Cannot synthesize speech: interrupted while waiting for flite", e);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new SampleGenerationException("Cannot synthesize speech: flite exited with status "
                    + process.exitValue() + ": " + output.strip());
        }
        return output;
    }

    /**
     * Scales the clip so that its speech frames reach a common level: the flite voices differ by more than 10 dB,
     * and a quiet voice would come out of μ-law with more quantization noise than a phone line would add.
     */
    private static short[] normalizeLoudness(short[] speech) {
        double[] levels = SilenceTrimmer.frameLevels(speech, SAMPLE_RATE / 100);
        double loudest = Arrays.stream(levels).max().orElse(0);
        double speechFloor = loudest * Math.pow(10, -SPEECH_FRAMES_BELOW_PEAK_DECIBELS / 20);
        double[] speechLevels = Arrays.stream(levels).filter(level -> level >= speechFloor).toArray();
        double speechLevel = Math.sqrt(Arrays.stream(speechLevels).map(level -> level * level).average().orElse(1));
        int peak = 1;
        for (short sample : speech) {
            peak = Math.max(peak, Math.abs(sample));
        }
        double gain = Math.min(TARGET_SPEECH_LEVEL / speechLevel, PEAK_LIMIT / peak);
        short[] scaled = new short[speech.length];
        for (int index = 0; index < speech.length; index++) {
            scaled[index] = (short) Math.round(speech[index] * gain);
        }
        return scaled;
    }

    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover file in the temporary folder is not worth failing a sample for.
        }
    }
}
