package io.callqa.cli;

import io.callqa.config.CallqaConfig;
import io.callqa.jobs.SparkTabularReader;
import io.callqa.jobs.TranscribeJob;
import io.callqa.jobs.TranscribeJob.TranscribeResult;
import io.callqa.manifest.AgentRosterReader;
import io.callqa.manifest.CallManifest;
import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;

/** Runs the stages of one batch in order; shared by {@code transcribe}, {@code run} and {@code demo}. */
final class Batch {
    private Batch() {}

    static TranscribeResult transcribe(EnvironmentOptions environment, StageOptions stage, PrintStream console) {
        CallqaConfig config = environment.config();
        SparkSession spark = environment.spark(config);
        // Validate both inputs before any Spark job starts: a bad file fails in seconds, not after hours.
        CallManifest manifest = TranscribeJob.readManifest(spark, stage.calls);
        int agents = new AgentRosterReader(new SparkTabularReader(spark)).validate(stage.agents);
        console.printf("callqa: %d manifest rows (%d rejected on reading), %d agents in the roster%n",
                manifest.rowCount(), manifest.rejects().size(), agents);
        TranscribeResult result = new TranscribeJob(spark, config, console)
                .reprocess(stage.reprocess)
                .run(manifest, stage.out);
        console.printf("callqa: transcribed %d, skipped %d (already transcribed), rejected %d; tables in %s%n",
                result.transcribed(), result.skipped(), result.rejected(), stage.out);
        return result;
    }
}
