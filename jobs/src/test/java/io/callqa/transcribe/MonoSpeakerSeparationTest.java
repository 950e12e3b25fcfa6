package io.callqa.transcribe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callqa.audio.DecodedAudio;
import io.callqa.audio.WavDecoder;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.MonoMixdown;
import io.callqa.testing.ScriptedSpeech;
import io.callqa.testing.SharedRecognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four stereo sample calls mixed down to mono: the speaker model must give nearly every word its speaker's role. */
class MonoSpeakerSeparationTest {
    private static final Path SAMPLES = CallqaTestHome.home().resolve("samples");

    @Test
    void mixedDownSampleCallsGetTheirSpeakersRoles() throws Exception {
        CallTranscriber transcriber = SharedRecognizer.monoTranscriber();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(SAMPLES.resolve("ground_truth.jsonl"))) {
            JsonNode call = json.readTree(line);
            List<ScriptedSpeech.Span> spans = new ArrayList<>();
            for (JsonNode turn : call.path("turns")) {
                spans.add(new ScriptedSpeech.Span(turn.path("role").asText(), turn.path("start_ms").asLong(),
                        turn.path("end_ms").asLong()));
            }
            String callId = call.path("call_id").asText();
            DecodedAudio mono = MonoMixdown.of(WavDecoder.decode(Files.readAllBytes(SAMPLES.resolve("calls/" + callId + ".wav"))));
            long started = System.nanoTime();
            CallTranscript transcript = transcriber.transcribe(mono, 0, callId.hashCode());
            long millis = (System.nanoTime() - started) / 1_000_000;
            double attributed = new ScriptedSpeech(spans).wordsAttributedRightly(transcript);
            System.out.printf("%s: %d utterances, voices %s, %.1f %% of words rightly attributed, %d ms%n", callId,
                    transcript.utterances().size(), transcript.separation().voices(), 100 * attributed, millis);
            for (Utterance utterance : transcript.utterances()) {
                System.out.printf("  %6d-%6d %-8s %.2f %s%n", utterance.startMillis(), utterance.endMillis(),
                        utterance.role().label(), utterance.roleConfidence(), utterance.text());
            }
            assertThat(transcript.separation()).isEqualTo(SpeakerSeparation.byModel(2));
            assertThat(attributed).as(callId).isGreaterThanOrEqualTo(0.9);
        }
    }
}
