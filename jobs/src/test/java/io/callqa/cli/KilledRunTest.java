package io.callqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import io.callqa.testing.BatchAccounting;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.ChildRun;
import io.callqa.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver killed with SIGKILL while it writes tables: a child JVM runs {@code callqa run} on a batch whose first
 * calls an earlier run already transcribed, and is killed as soon as it starts writing a table's data files, before
 * Iceberg commits them. Readers must then find every table whole (the earlier snapshot), and the next run must
 * complete the batch without losing or doubling a call.
 */
class KilledRunTest {
    private static final List<String> STAGE_TABLES =
            List.of("transcripts", "call_metrics", "rejects", "utterances", "call_sentiment", "rule_results");

    @TempDir
    Path folder;

    @Test
    void aRunKilledWhileWritingLeavesWholeTablesAndTheNextRunCompletesTheBatch() throws Exception {
        Path calls = Files.createDirectories(folder.resolve("calls"));
        for (String name : List.of("tt-weasels", "tt-allbusy", "vm-newuser", "privacy-prompt")) {
            Files.copy(CallqaTestHome.testResource("speech/asterisk/" + name + ".wav"), calls.resolve(name + ".wav"));
        }
        String header = "call_id,audio_uri,agent_id,started_at\n";
        Path firstBatch = Files.writeString(folder.resolve("first.csv"), header
                + "weasels,calls/tt-weasels.wav,A100,2026-11-02T09:00:00Z\n"
                + "allbusy,calls/tt-allbusy.wav,A100,2026-11-02T09:01:00Z\n");
        Path batch = Files.writeString(folder.resolve("calls.csv"), header
                + "weasels,calls/tt-weasels.wav,A100,2026-11-02T09:00:00Z\n"
                + "allbusy,calls/tt-allbusy.wav,A100,2026-11-02T09:01:00Z\n"
                + "newuser,calls/vm-newuser.wav,A200,2026-11-03T10:00:00Z\n"
                + "privacy,calls/privacy-prompt.wav,A200,2026-11-03T10:01:00Z\n"
                + "gone,calls/gone.wav,A200,2026-11-03T10:02:00Z\n");
        Path roster = Files.writeString(folder.resolve("agents.csv"),
                "agent_id,agent_name,team,supervisor_id,hire_date\nA100,Sarah,Blue,S1,2023-01-01\nA200,Tom,Red,S2,2024-01-01\n");
        String out = folder.resolve("out").toString();
        assertThat(CallqaCommand.execute("run", "--calls", firstBatch.toString(), "--agents", roster.toString(),
                "--out", out)).isZero();

        Set<String> committedFiles = dataFiles(Path.of(out));
        Process child = ChildRun.start(batch, roster, out, folder.resolve("child.log"));
        Optional<String> killedWhileWriting = awaitTableWrite(child, Path.of(out), committedFiles);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        System.out.println("Killed the driver while writing " + killedWhileWriting.orElse("(it finished first)"));

        assertThat(killedWhileWriting).as("the child reached a table write; its log:%n%s",
                Files.readString(folder.resolve("child.log"))).isPresent();
        SparkSession spark = SharedSpark.get();
        TableStore store = new TableStore(spark, out);
        // review_verdicts is written by review import, never by run.
        for (TableDefinition table : Tables.ALL.stream().filter(table -> table != Tables.REVIEW_VERDICTS).toList()) {
            assertThat(store.exists(table.name())).as("%s is a table", table.name()).isTrue();
            assertThat(store.read(table.name(), table.schema()).count()).as("%s can be read", table.name())
                    .isNotNegative();
        }
        assertThat(store.read(Tables.CALL_METRICS.name(), Tables.CALL_METRICS.schema()).select("call_id")
                .collectAsList()).extracting(row -> row.getString(0)).contains("weasels", "allbusy");

        assertThat(CallqaCommand.execute("run", "--calls", batch.toString(), "--agents", roster.toString(),
                "--out", out)).isZero();

        List<BatchAccounting.StageCount> counts = BatchAccounting.assertEveryRowAccountedFor(spark, out, batch);
        assertThat(counts).containsExactly(
                new BatchAccounting.StageCount("transcribe", 5, 4, 1),
                new BatchAccounting.StageCount("analyze", 4, 4, 0),
                new BatchAccounting.StageCount("score", 4, 4, 0));
    }


    /** Waits until the child writes a data file of one of the stage tables; empty when it ends before. */
    private static Optional<String> awaitTableWrite(Process child, Path out, Set<String> committedFiles)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (child.isAlive() && System.nanoTime() < deadline) {
            for (String file : dataFiles(out)) {
                if (!committedFiles.contains(file)) {
                    return Optional.of(file);
                }
            }
            Thread.sleep(5);
        }
        return Optional.empty();
    }

    /** The data files of the stage tables, {@code <table>/data/.../*.parquet}, relative to the output root. */
    private static Set<String> dataFiles(Path out) throws IOException {
        Set<String> files = new HashSet<>();
        for (String table : STAGE_TABLES) {
            Path data = out.resolve(table).resolve("data");
            if (Files.isDirectory(data)) {
                try (Stream<Path> walk = Files.walk(data)) {
                    walk.filter(file -> file.toString().endsWith(".parquet"))
                            .forEach(file -> files.add(out.relativize(file).toString()));
                }
            }
        }
        return files;
    }
}
