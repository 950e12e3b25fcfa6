package io.callqa.cli;

import io.callqa.config.CallqaConfig;
import io.callqa.jobs.AnalyzeJob;
import io.callqa.jobs.SparkTabularReader;
import io.callqa.rules.RulePack;
import io.callqa.jobs.TranscribeJob;
import io.callqa.jobs.TranscribeJob.TranscribeResult;
import io.callqa.manifest.AgentRosterReader;
import io.callqa.manifest.CallManifest;
import io.callqa.manifest.CallManifestReader;
import io.callqa.manifest.TabularFile;
import java.nio.file.Path;
import java.util.function.Function;
import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;

/** Runs the stages of one batch; shared by {@code transcribe}, {@code run} and {@code demo}. */
final class Batch {
    private Batch() {}

    static TranscribeResult transcribe(EnvironmentOptions environment, StageOptions stage, PrintStream console) {
        CallqaConfig config = environment.config();
        // Validate both inputs before Spark starts (it is started here only to read a Parquet input): a bad file
        // fails in seconds, not after hours of transcription.
        Function<Path, TabularFile.Contents> parquet = file -> new SparkTabularReader(environment.spark(config)).apply(file);
        CallManifest manifest = new CallManifestReader(parquet).read(stage.calls);
        int agents = new AgentRosterReader(parquet).validate(stage.agents);
        SparkSession spark = environment.spark(config);
        console.printf("callqa: %d manifest rows (%d rejected on reading), %d agents in the roster%n",
                manifest.rowCount(), manifest.rejects().size(), agents);
        TranscribeResult result = new TranscribeJob(spark, config, console)
                .reprocess(stage.reprocess)
                .run(manifest, stage.out);
        console.printf("callqa: transcribed %d, skipped %d (already transcribed), rejected %d; tables in %s%n",
                result.transcribed(), result.skipped(), result.rejected(), stage.out);
        return result;
    }

    /** The rule pack is read (and any mistake in it reported) before hours of work start. */
    static RulePack rulePack(String path) {
        return RulePack.load(Path.of(path));
    }

    /** Every stage, in order; the rule pack is checked before transcription starts. */
    static void run(EnvironmentOptions environment, StageOptions stage, PrintStream console) {
        RulePack rulePack = rulePack(environment.config().analysis().rulePackPath());
        transcribe(environment, stage, console);
        analyze(environment, stage, rulePack, console);
    }

    private static void analyze(EnvironmentOptions environment, StageOptions stage, RulePack rulePack,
            PrintStream console) {
        CallqaConfig config = environment.config();
        new AnalyzeJob(environment.spark(config), rulePack, console)
                .keepUnredactedTranscripts(config.analysis().keepUnredactedTranscripts())
                .run(stage.out);
    }
}
