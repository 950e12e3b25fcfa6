package io.callqa.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callqa.audio.WavDecoder;
import io.callqa.manifest.AgentRosterReader;
import io.callqa.manifest.CallManifest;
import io.callqa.manifest.CallManifestReader;
import io.callqa.manifest.TabularFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Needs the flite command (Debian package {@code flite}). */
class SampleCallsGeneratorTest {
    private static final Function<Path, TabularFile.Contents> NO_PARQUET = path -> {
        throw new AssertionError("the samples are CSV, not Parquet");
    };
    private static final List<Agent> AGENTS = List.of(
            new Agent("A100", "Sarah Mitchell", "Everyday Banking", "S900", LocalDate.parse("2023-04-17")),
            new Agent("A200", "Chen, David", "Card Services", "S901", LocalDate.parse("2021-09-06")));

    @TempDir
    Path folder;

    @Test
    void writesFilesThePipelineAccepts() throws Exception {
        List<CallGroundTruth> truths = generator().generate(folder, List.of(script("c1", "A200")));

        CallManifest manifest = new CallManifestReader(NO_PARQUET).read(folder.resolve("calls.csv"));
        assertThat(manifest.rejects()).isEmpty();
        assertThat(manifest.calls()).singleElement().satisfies(call -> {
            assertThat(call.callId()).isEqualTo("c1");
            assertThat(call.audioUri()).isEqualTo(folder.resolve("calls/c1.wav").toAbsolutePath().toString());
            assertThat(call.agentId()).isEqualTo("A200");
            assertThat(call.startedAt()).isEqualTo(Instant.parse("2026-11-03T16:48:31Z"));
            assertThat(call.agentChannel()).isEqualTo(1);
            assertThat(call.queue()).isEqualTo("retention");
        });
        assertThat(Files.readString(folder.resolve("calls.csv")))
                .contains("c1,calls/c1.wav,A200,2026-11-03T16:48:31Z,inbound,retention,K-9,1");
        assertThat(new AgentRosterReader(NO_PARQUET).validate(folder.resolve("agents.csv"))).isEqualTo(2);
        assertThat(Files.readString(folder.resolve("agents.csv"))).contains("A200,\"Chen, David\",Card Services");
        assertThat(WavDecoder.decode(Files.readAllBytes(folder.resolve("calls/c1.wav"))).durationMillis())
                .isEqualTo(truths.get(0).durationMillis());
    }

    @Test
    void writesOneGroundTruthLinePerCall() throws Exception {
        List<CallGroundTruth> truths = generator().generate(folder, List.of(script("c1", "A100"), script("c2", "A200")));

        List<String> lines = Files.readAllLines(folder.resolve("ground_truth.jsonl"));
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("call_id").asText()).isEqualTo("c1");
        assertThat(first.get("duration_ms").asLong()).isEqualTo(truths.get(0).durationMillis());
        assertThat(first.get("turns")).hasSize(2);
        JsonNode customerTurn = first.get("turns").get(1);
        assertThat(customerTurn.get("role").asText()).isEqualTo("customer");
        assertThat(customerTurn.get("channel").asInt()).isEqualTo(0);
        assertThat(customerTurn.get("text").asText()).isEqualTo("I'd like to cancel my card.");
        assertThat(customerTurn.get("start_ms").asLong()).isEqualTo(truths.get(0).turns().get(1).startMillis());
        JsonNode metrics = first.get("expected_metrics");
        assertThat(metrics.get("agent_talk_ms").asLong()).isEqualTo(truths.get(0).metrics().agentTalkMillis());
        assertThat(metrics.get("overtalk_count").asInt()).isZero();
        assertThat(metrics.get("talk_gap_ms").asLong()).isEqualTo(500);
    }

    @Test
    void refusesACallOfAnAgentMissingFromTheRoster() {
        assertThatThrownBy(() -> generator().generate(folder, List.of(script("c1", "A999"))))
                .isInstanceOf(SampleGenerationException.class)
                .hasMessage("Cannot generate samples: call c1 is handled by agent A999, who is not in the roster");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void refusesTwoCallsWithOneId() {
        assertThatThrownBy(() -> generator().generate(folder, List.of(script("c1", "A100"), script("c1", "A200"))))
                .isInstanceOf(SampleGenerationException.class)
                .hasMessage("Cannot generate samples: call_id c1 appears twice");
    }

    private static SampleCallsGenerator generator() {
        return new SampleCallsGenerator(new CallSynthesizer(new TextToSpeech()), AGENTS);
    }

    private static CallScript script(String callId, String agentId) {
        return new CallScript(callId, agentId, Instant.parse("2026-11-03T16:48:31Z"), "retention", "inbound", "K-9", 1,
                "rms", "kal16", List.of(
                Turn.agent("Northwind Bank, how can I help?").after(500),
                Turn.customer("I'd like to cancel my card.")));
    }
}
