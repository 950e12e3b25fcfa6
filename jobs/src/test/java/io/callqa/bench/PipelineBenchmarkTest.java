package io.callqa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.testing.CallqaTestHome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's fixed batch and its table; the runs themselves are measured by {@code ./callqa bench pipeline}. */
class PipelineBenchmarkTest {
    @TempDir
    Path folder;

    @Test
    void theBatchListsEverySampleCallTheGivenNumberOfTimesUnderItsOwnCallId() throws Exception {
        BenchmarkCalls calls = BenchmarkCalls.prepare(CallqaTestHome.home().resolve("samples"), folder, 3);

        List<String> manifest = Files.readAllLines(calls.manifest());
        assertThat(calls.calls()).isEqualTo(12);
        assertThat(manifest).hasSize(13);
        assertThat(manifest.get(0)).startsWith("call_id,audio_uri,");
        assertThat(manifest.subList(1, 13)).extracting(row -> row.substring(0, row.indexOf(','))).doesNotHaveDuplicates()
                .contains("c001-01", "c001-03", "c004-02");
        assertThat(manifest).filteredOn(row -> row.startsWith("c002-")).allMatch(row -> row.contains(",calls/c002.wav,"));
        assertThat(folder.resolve("calls/c003.wav")).exists();
        // The four sample calls are 175.6 s together.
        assertThat(calls.audioMillis()).isBetween(3 * 175_000L, 3 * 176_000L);
    }

    @Test
    void theTableShowsSpeedPerCoreCoreNlpShareMemoryAndScaling() {
        BenchmarkCalls calls = new BenchmarkCalls(folder.resolve("calls.csv"), folder.resolve("agents.csv"), 12, 600_000);
        List<StageMeasurement> measurements = List.of(
                new StageMeasurement("transcribe", "local[1]", 1, 60_000, 58_000, StageWork.calls(12), 1L << 30),
                new StageMeasurement("analyze", "local[1]", 1, 20_000, 19_000, new StageWork(12, 500, 9_000, 4_000), 2L << 30),
                new StageMeasurement("transcribe", "local[2]", 2, 32_000, 62_000, StageWork.calls(12), 1L << 30),
                new StageMeasurement("analyze", "local[2]", 2, 12_000, 21_000, new StageWork(12, 500, 9_500, 4_000), 2L << 30));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        PipelineBenchmark.print(measurements, calls, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String table = bytes.toString(StandardCharsets.UTF_8);
        // 600 s of audio in 60 s on one core is 10× real time; 500 utterances in 4 CPU s of CoreNLP, 125 per second.
        assertThat(table).contains("| local[1] | transcribe | 60.0 | 58.0 | 10.0 | 10.3 | – | – | – | 1024 | 1024 |");
        assertThat(table).contains("| local[1] | analyze | 20.0 | 19.0 | 30.0 | 31.6 | 9.0 | 125 | 21 % | 2048 | 2048 |");
        assertThat(table).contains("| local[1] | pipeline | 80.0 | 77.0 | 7.5 | 7.8 | 9.0 | 125 | 5 % | 2048 | 2048 |");
        assertThat(table).contains("| local[2] | pipeline | 44.0 | 83.0 | 6.8 | 7.2 | 9.5 | 125 | 5 % | 2048 | 1024 |");
        assertThat(table).contains("| transcribe | 60.0 | 32.0 | 1.88× |", "| pipeline | 80.0 | 44.0 | 1.82× |");
    }
}
