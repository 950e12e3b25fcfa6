package io.callqa.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a folder of sample calls that the pipeline reads like a customer's: {@code calls/<call_id>.wav}, the
 * manifest {@code calls.csv}, the roster {@code agents.csv}, and {@code ground_truth.jsonl} with what each call
 * holds.
 */
public final class SampleCallsGenerator {
    public static final String CALLS_FOLDER = "calls";
    public static final String MANIFEST_FILE = "calls.csv";
    public static final String ROSTER_FILE = "agents.csv";
    public static final String GROUND_TRUTH_FILE = "ground_truth.jsonl";
    private static final List<String> MANIFEST_COLUMNS = List.of(
            "call_id", "audio_uri", "agent_id", "started_at", "direction", "queue", "customer_id", "agent_channel");
    private static final List<String> ROSTER_COLUMNS =
            List.of("agent_id", "agent_name", "team", "supervisor_id", "hire_date");

    private final CallSynthesizer synthesizer;
    private final List<Agent> agents;
    private final ObjectMapper json = new ObjectMapper();

    public SampleCallsGenerator(CallSynthesizer synthesizer, List<Agent> agents) {
        this.synthesizer = synthesizer;
        this.agents = List.copyOf(agents);
    }

    /** Writes the samples, replacing files of the same names, and returns each call's ground truth. */
    public List<CallGroundTruth> generate(Path outputFolder, List<CallScript> scripts) throws IOException {
        requireConsistent(scripts);
        Path callsFolder = Files.createDirectories(outputFolder.resolve(CALLS_FOLDER));
        // flite is one process per sentence: the calls are spoken in parallel, one per core, each call's bytes the same.
        List<SynthesizedCall> calls = scripts.parallelStream().map(synthesizer::synthesize).toList();
        List<CallGroundTruth> truths = new ArrayList<>();
        for (SynthesizedCall call : calls) {
            Files.write(callsFolder.resolve(call.groundTruth().script().callId() + ".wav"), call.wav());
            truths.add(call.groundTruth());
        }
        writeCsv(outputFolder.resolve(MANIFEST_FILE), MANIFEST_COLUMNS, scripts.stream().map(script -> Arrays.asList(
                script.callId(),
                CALLS_FOLDER + "/" + script.callId() + ".wav",
                script.agentId(),
                script.startedAt().toString(),
                script.direction(),
                script.queue(),
                script.customerId(),
                Integer.toString(script.agentChannel()))).toList());
        writeCsv(outputFolder.resolve(ROSTER_FILE), ROSTER_COLUMNS, agents.stream().map(agent -> Arrays.asList(
                agent.agentId(),
                agent.agentName(),
                agent.team(),
                agent.supervisorId(),
                agent.hireDate() == null ? null : agent.hireDate().toString())).toList());
        List<String> lines = new ArrayList<>();
        for (CallGroundTruth truth : truths) {
            lines.add(json.writeValueAsString(groundTruthJson(truth)));
        }
        Files.write(outputFolder.resolve(GROUND_TRUTH_FILE), lines, StandardCharsets.UTF_8);
        return List.copyOf(truths);
    }

    /** Checked before any audio is made, which takes a while. */
    private void requireConsistent(List<CallScript> scripts) {
        Set<String> agentIds = agents.stream().map(Agent::agentId).collect(Collectors.toSet());
        Set<String> callIds = new HashSet<>();
        for (CallScript script : scripts) {
            if (!callIds.add(script.callId())) {
                throw new SampleGenerationException(
                        "Cannot generate samples: call_id " + script.callId() + " appears twice");
            }
            if (!agentIds.contains(script.agentId())) {
                throw new SampleGenerationException("Cannot generate samples: call " + script.callId()
                        + " is handled by agent " + script.agentId() + ", who is not in the roster");
            }
        }
    }

    private ObjectNode groundTruthJson(CallGroundTruth truth) {
        CallScript script = truth.script();
        ObjectNode call = json.createObjectNode()
                .put("call_id", script.callId())
                .put("agent_id", script.agentId())
                .put("agent_channel", script.agentChannel())
                .put("agent_voice", script.agentVoice())
                .put("customer_voice", script.customerVoice())
                .put("sample_rate", TextToSpeech.SAMPLE_RATE)
                .put("encoding", "mulaw")
                .put("duration_ms", truth.durationMillis());
        ArrayNode turns = call.putArray("turns");
        for (TimedTurn turn : truth.turns()) {
            turns.addObject()
                    .put("index", turn.index())
                    .put("role", turn.party().label())
                    .put("channel", turn.channel())
                    .put("text", turn.text())
                    .put("start_ms", turn.startMillis())
                    .put("end_ms", turn.endMillis());
        }
        ExpectedMetrics metrics = truth.metrics();
        call.putObject("expected_metrics")
                .put("talk_gap_ms", ExpectedMetrics.TALK_GAP_MILLIS)
                .put("min_overlap_ms", ExpectedMetrics.MINIMUM_OVERLAP_MILLIS)
                .put("duration_ms", metrics.durationMillis())
                .put("talk_ms", metrics.talkMillis())
                .put("agent_talk_ms", metrics.agentTalkMillis())
                .put("customer_talk_ms", metrics.customerTalkMillis())
                .put("non_talk_ms", metrics.durationMillis() - metrics.talkMillis())
                .put("longest_silence_ms", metrics.longestSilenceMillis())
                .put("longest_silence_start_ms", metrics.longestSilenceStartMillis())
                .put("overtalk_ms", metrics.overtalkMillis())
                .put("overtalk_count", metrics.overtalkCount())
                .put("agent_interruptions", metrics.agentInterruptions())
                .put("customer_interruptions", metrics.customerInterruptions());
        return call;
    }

    private static void writeCsv(Path file, List<String> columns, List<List<String>> rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), format)) {
            printer.printRecord(columns);
            printer.printRecords(rows);
        }
    }
}
