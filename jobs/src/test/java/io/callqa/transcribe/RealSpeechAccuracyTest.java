package io.callqa.transcribe;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.audio.WavDecoder;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedRecognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Word error rate of the whole transcription path (decode, resample 8 → 16 kHz, seeded dither, Vosk) on real
 * telephone speech: 30 Asterisk prompts, 153 s, 422 words (CC-BY-SA-3.0, see the fixture's ATTRIBUTION.md).
 */
class RealSpeechAccuracyTest {
    private static final Path FIXTURE = CallqaTestHome.testResource("speech/asterisk");

    /**
     * Measured 2026-11-23: 35 errors in 431 words, 8.1 %. Transcription is deterministic, so the same build gives the
     * same figure on every run; the bound leaves one point for other CPUs' floating point.
     */
    private static final double MAXIMUM_WORD_ERROR_RATE = 0.09;

    @Test
    void transcribesRealTelephoneSpeechWithinTheMeasuredErrorRate() throws Exception {
        CallTranscriber transcriber = SharedRecognizer.transcriber();
        List<String[]> references = Files.readAllLines(FIXTURE.resolve("transcripts.tsv")).stream()
                .skip(1).map(line -> line.split("\t", 2)).toList();
        int errors = 0;
        int words = 0;
        StringBuilder report = new StringBuilder();
        for (String[] reference : references) {
            byte[] audio = Files.readAllBytes(FIXTURE.resolve(reference[0]));
            CallTranscript transcript = transcriber.transcribe(WavDecoder.decode(audio), 0, reference[0].hashCode());
            String hypothesis = transcript.utterances().stream().map(Utterance::text).collect(Collectors.joining(" "));
            List<String> referenceWords = WordErrorRate.normalize(reference[1]);
            int fileErrors = WordErrorRate.errors(referenceWords, WordErrorRate.normalize(hypothesis));
            errors += fileErrors;
            words += referenceWords.size();
            if (fileErrors > 0) {
                report.append(String.format("%n  %s: %d errors%n    ref: %s%n    hyp: %s", reference[0], fileErrors,
                        reference[1], hypothesis));
            }
        }
        double wordErrorRate = (double) errors / words;
        System.out.printf("Real-speech WER: %d errors / %d words = %.2f %%%s%n", errors, words, 100 * wordErrorRate, report);

        assertThat(references).hasSize(30);
        assertThat(wordErrorRate).as("word error rate over %d words:%s", words, report).isLessThanOrEqualTo(MAXIMUM_WORD_ERROR_RATE);
    }

    @Test
    void wordErrorRateCountsSubstitutionsDeletionsAndInsertions() {
        assertThat(WordErrorRate.of("the cat sat on the mat", "the cat sat on the mat")).isZero();
        assertThat(WordErrorRate.of("the cat sat on the mat", "the bat sat on mat")).isEqualTo(2 / 6.0);
        assertThat(WordErrorRate.of("Hello, you're there!", "hello you are there now")).isEqualTo(1 / 4.0);
        assertThat(WordErrorRate.of("I'm sorry", "i am sorry")).isZero();
    }
}
