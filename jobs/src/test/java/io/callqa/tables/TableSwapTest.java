package io.callqa.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import io.callqa.testing.SharedSpark;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every state a process killed during a table swap can leave behind, built on disk by hand, and what the next run
 * finds after recovery: always one whole version of the table, never a mix and never nothing. The states where a
 * rename was cut half way happen on S3A, where a folder rename is a copy of each file.
 */
class TableSwapTest {
    private static final List<String> OLD_FILES = List.of("call_date=2026-11-01/part-0.parquet", "call_date=2026-11-02/part-1.parquet");
    private static final List<String> NEW_FILES = List.of("call_date=2026-11-01/part-2.parquet", "call_date=2026-11-03/part-3.parquet");

    @TempDir
    Path root;

    private FileSystem fileSystem;
    private Path table;
    private Path staging;
    private Path previous;

    @BeforeEach
    void paths() throws IOException {
        fileSystem = FileSystem.getLocal(new Configuration());
        table = root.resolve("transcripts");
        String stagingName = "transcripts-" + UUID.randomUUID();
        staging = root.resolve("_staging").resolve(stagingName);
        previous = root.resolve("_staging").resolve(stagingName + "-previous");
    }

    @Test
    void swapsAWholeNewVersionInAndLeavesNothingBehind() throws Exception {
        write(table, OLD_FILES, "old");
        write(staging, NEW_FILES, "new");

        new TableSwap(fileSystem, hadoop(staging), hadoop(table)).run();

        assertThat(contents(table)).isEqualTo(version(NEW_FILES, "new"));
        assertThat(root.resolve("_staging")).isEmptyDirectory();
    }

    @Test
    void leavesTablesAloneWhenNoSwapWasUnderWay() throws Exception {
        write(table, OLD_FILES, "old");
        // A run killed while Spark was still writing its new version: no marker, so the version is not complete.
        write(staging, NEW_FILES.subList(0, 1), "new");

        assertThat(recover()).isEmpty();

        assertThat(contents(table)).isEqualTo(version(OLD_FILES, "old"));
    }

    @Test
    void finishesASwapKilledBeforeTheOldVersionMoved() throws Exception {
        write(table, OLD_FILES, "old");
        write(staging, NEW_FILES, "new");
        marker(".retiring");

        assertThat(recover()).containsExactly("transcripts");

        assertThat(contents(table)).isEqualTo(version(NEW_FILES, "new"));
        assertNoSwapLeft();
    }

    @Test
    void finishesASwapKilledBetweenTheTwoRenamesWhenTheTableWasMissing() throws Exception {
        write(previous, OLD_FILES, "old");
        write(staging, NEW_FILES, "new");
        marker(".retiring");

        recover();

        assertThat(contents(table)).isEqualTo(version(NEW_FILES, "new"));
        assertNoSwapLeft();
    }

    @Test
    void finishesASwapKilledHalfWayThroughMovingTheOldVersionOut() throws Exception {
        write(table, OLD_FILES.subList(1, 2), "old");
        write(previous, OLD_FILES.subList(0, 1), "old");
        write(staging, NEW_FILES, "new");
        marker(".retiring");

        recover();

        assertThat(contents(table)).isEqualTo(version(NEW_FILES, "new"));
        assertNoSwapLeft();
    }

    @Test
    void finishesASwapKilledHalfWayThroughMovingTheNewVersionIn() throws Exception {
        write(previous, OLD_FILES, "old");
        write(table, NEW_FILES.subList(0, 1), "new");
        write(staging, NEW_FILES.subList(1, 2), "new");
        marker(".retiring");
        marker(".installing");

        recover();

        assertThat(contents(table)).isEqualTo(version(NEW_FILES, "new"));
        assertNoSwapLeft();
    }

    @Test
    void finishesASwapKilledBeforeTheOldVersionWasDeleted() throws Exception {
        write(previous, OLD_FILES, "old");
        write(table, NEW_FILES, "new");
        marker(".retiring");
        marker(".installing");

        recover();

        assertThat(contents(table)).isEqualTo(version(NEW_FILES, "new"));
        assertNoSwapLeft();
    }

    /** The store finishes a swap when it opens, before anything reads: real Parquet, through Spark. */
    @Test
    void aStoreOpenedAfterAKilledSwapReadsTheWholeNewVersion() throws Exception {
        SparkSession spark = SharedSpark.get();
        String out = root.resolve("out").toString();
        new TableStore(spark, out).write(Tables.REJECTS, rejects(spark, "old-1", "old-2"));
        Path newVersion = Path.of(out, "_staging", "rejects-" + UUID.randomUUID());
        rejects(spark, "new-1", "new-2", "new-3").write().partitionBy("stage").parquet(newVersion.toString());
        // Killed between the two renames: the old version moved out, the new one not yet in.
        Files.move(Path.of(out, "rejects"), newVersion.resolveSibling(newVersion.getFileName() + "-previous"));
        Files.createFile(newVersion.resolveSibling(newVersion.getFileName() + ".retiring"));

        List<Row> rows = new TableStore(spark, out).read(Tables.REJECTS.name(), Tables.REJECTS.schema())
                .select("call_id").orderBy("call_id").collectAsList();

        assertThat(rows).extracting(row -> row.getString(0)).containsExactly("new-1", "new-2", "new-3");
    }

    private static Dataset<Row> rejects(SparkSession spark, String... callIds) {
        List<Row> rows = java.util.Arrays.stream(callIds).map(callId -> RowFactory.create(callId, "calls.csv:2",
                "AUDIO_NOT_FOUND", "Cannot read audio: no such file", "a.wav", false,
                java.sql.Timestamp.from(java.time.Instant.EPOCH), "transcribe")).toList();
        return spark.createDataFrame(rows, Tables.REJECTS.schema());
    }

    private List<String> recover() throws IOException {
        return TableSwap.recoverAll(fileSystem, hadoop(root), "_staging");
    }

    private void assertNoSwapLeft() throws IOException {
        try (Stream<Path> left = Files.list(root.resolve("_staging"))) {
            assertThat(left.map(path -> path.getFileName().toString()).filter(name -> !name.startsWith(".")))
                    .isEmpty();
        }
    }

    private void marker(String suffix) throws IOException {
        Files.createFile(staging.resolveSibling(staging.getFileName() + suffix));
    }

    private static org.apache.hadoop.fs.Path hadoop(Path path) {
        return new org.apache.hadoop.fs.Path(path.toString());
    }

    private static void write(Path folder, List<String> files, String content) throws IOException {
        for (String file : files) {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content + " " + file);
        }
    }

    private static Map<String, String> version(List<String> files, String content) {
        Map<String, String> expected = new TreeMap<>();
        files.forEach(file -> expected.put(file, content + " " + file));
        return expected;
    }

    /** Relative path to content of every data file (Hadoop's hidden .crc files left out). */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().startsWith(".")) {
                    contents.put(folder.relativize(file).toString(), Files.readString(file));
                }
            }
        }
        return contents;
    }
}
