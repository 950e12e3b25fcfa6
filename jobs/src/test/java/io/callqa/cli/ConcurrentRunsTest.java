package io.callqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import io.callqa.testing.BatchAccounting;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.ChildRun;
import io.callqa.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code callqa run} processes on different manifests write into one new output root at the same time: both must
 * land, every call of both in every stage's table exactly once, and the weekly tables must count the calls of both
 * (each run re-builds them when the other committed scores meanwhile).
 */
class ConcurrentRunsTest {
    @TempDir
    Path folder;

    @Test
    void twoRunsIntoOneRootAtOnceBothLandWithEveryRowKept() throws Exception {
        Path calls = Files.createDirectories(folder.resolve("calls"));
        for (String name : List.of("tt-weasels", "tt-allbusy")) {
            Files.copy(CallqaTestHome.testResource("speech/asterisk/" + name + ".wav"), calls.resolve(name + ".wav"));
        }
        String header = "call_id,audio_uri,agent_id,started_at\n";
        String weasels = "weasels,calls/tt-weasels.wav,A100,2026-11-02T09:00:00Z\n";
        String allbusy = "allbusy,calls/tt-allbusy.wav,A200,2026-11-02T09:01:00Z\n";
        Path first = Files.writeString(folder.resolve("first.csv"), header + weasels);
        Path second = Files.writeString(folder.resolve("second.csv"), header + allbusy);
        Path both = Files.writeString(folder.resolve("both.csv"), header + weasels + allbusy);
        Path roster = Files.writeString(folder.resolve("agents.csv"), "agent_id,agent_name,team,supervisor_id,hire_date\n"
                + "A100,Sarah,Blue,S1,2023-01-01\nA200,Tom,Blue,S1,2024-01-01\n");
        String out = folder.resolve("out").toString();

        Process one = ChildRun.start(first, roster, out, folder.resolve("first.log"));
        Process two = ChildRun.start(second, roster, out, folder.resolve("second.log"));
        // Each run starts Spark and loads CoreNLP: minutes on a busy 2-core machine.
        boolean ended = one.waitFor(20, TimeUnit.MINUTES) & two.waitFor(20, TimeUnit.MINUTES);
        one.destroyForcibly();
        two.destroyForcibly();
        assertThat(ended).as("both runs ended; their logs:%n%s%n%s", Files.readString(folder.resolve("first.log")),
                Files.readString(folder.resolve("second.log"))).isTrue();
        assertThat(one.exitValue()).as(Files.readString(folder.resolve("first.log"))).isZero();
        assertThat(two.exitValue()).as(Files.readString(folder.resolve("second.log"))).isZero();

        SparkSession spark = SharedSpark.get();
        assertThat(BatchAccounting.assertEveryRowAccountedFor(spark, out, both)).containsExactly(
                new BatchAccounting.StageCount("transcribe", 2, 2, 0),
                new BatchAccounting.StageCount("analyze", 2, 2, 0),
                new BatchAccounting.StageCount("score", 2, 2, 0));
        TableStore store = new TableStore(spark, out);
        List<Row> trends = store.read(Tables.TRENDS.name(), Tables.TRENDS.schema()).select("team", "calls").collectAsList();
        assertThat(trends).extracting(row -> row.getString(0) + ":" + row.getLong(1)).containsExactly("Blue:2");
        assertThat(store.read(Tables.AGENT_SCORECARDS.name(), Tables.AGENT_SCORECARDS.schema()).count()).isEqualTo(2);
    }

}
