package io.callqa.transcribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callqa.audio.WavDecoder;
import io.callqa.config.CallqaConfig;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedRecognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Call metrics of the whole transcription path against the ground truth of synthetic calls with known timings
 * (made by {@code io.callqa.samples} from dialogue scripts): c001 has the customer talking over the agent for a
 * second, c003 a six-second hold.
 */
class SyntheticCallMetricsTest {
    private static final Path SAMPLES = CallqaTestHome.home().resolve("samples");
    private static final long TOLERANCE_MILLIS = 300;

    @ParameterizedTest
    @ValueSource(strings = {"c001", "c003"})
    void measuresTalkSilenceAndOvertalkAsTheScriptTimedThem(String callId) throws Exception {
        JsonNode truth = groundTruth(callId);
        JsonNode expected = truth.path("expected_metrics");
        CallqaConfig config = CallqaTestHome.config();
        byte[] audio = Files.readAllBytes(SAMPLES.resolve("calls/" + callId + ".wav"));

        CallTranscript transcript = SharedRecognizer.transcriber()
                .transcribe(WavDecoder.decode(audio), truth.path("agent_channel").asInt(), callId.hashCode());
        CallMetrics metrics = new CallMetricsCalculator(config.metrics().talkGapMillis(),
                config.metrics().minimumOverlapMillis()).calculate(transcript);

        for (Utterance utterance : transcript.utterances()) {
            assertThat(utterance.role().label()).as("role of \"%s\" at %d ms", utterance.text(), utterance.startMillis())
                    .isEqualTo(roleSpeakingAt(truth, (utterance.startMillis() + utterance.endMillis()) / 2));
        }
        assertThat(metrics.durationMillis()).isEqualTo(expected.path("duration_ms").asLong());
        assertThat(metrics.agentTalkMillis()).isCloseTo(expected.path("agent_talk_ms").asLong(), within(TOLERANCE_MILLIS));
        assertThat(metrics.customerTalkMillis()).isCloseTo(expected.path("customer_talk_ms").asLong(), within(TOLERANCE_MILLIS));
        assertThat(metrics.nonTalkMillis()).isCloseTo(expected.path("non_talk_ms").asLong(), within(TOLERANCE_MILLIS));
        assertThat(metrics.longestSilenceMillis()).isCloseTo(expected.path("longest_silence_ms").asLong(), within(TOLERANCE_MILLIS));
        assertThat(metrics.overtalkCount()).isEqualTo(expected.path("overtalk_count").asInt());
        assertThat(metrics.agentInterruptions()).isEqualTo(expected.path("agent_interruptions").asInt());
        assertThat(metrics.customerInterruptions()).isEqualTo(expected.path("customer_interruptions").asInt());
    }

    /** The role whose scripted turn covers {@code millis}; turns overlap only at interruptions. */
    private static String roleSpeakingAt(JsonNode truth, long millis) {
        String role = "nobody";
        for (JsonNode turn : truth.path("turns")) {
            if (turn.path("start_ms").asLong() <= millis && millis <= turn.path("end_ms").asLong()) {
                role = turn.path("role").asText();
            }
        }
        return role;
    }

    private static JsonNode groundTruth(String callId) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(SAMPLES.resolve("ground_truth.jsonl"))) {
            JsonNode call = json.readTree(line);
            if (call.path("call_id").asText().equals(callId)) {
                return call;
            }
        }
        throw new AssertionError("no ground truth for " + callId);
    }
}
