package io.callqa.cli;

import io.callqa.config.CallqaConfig;
import io.callqa.jobs.AnalyzeJob;
import io.callqa.jobs.ReportJob;
import io.callqa.jobs.ScoreJob;
import io.callqa.jobs.ScoreJob.ScoreResult;
import io.callqa.jobs.SparkTabularReader;
import io.callqa.jobs.TranscribeJob;
import io.callqa.jobs.TranscribeJob.TranscribeResult;
import io.callqa.manifest.Agent;
import io.callqa.manifest.AgentRosterReader;
import io.callqa.manifest.CallManifest;
import io.callqa.manifest.CallManifestReader;
import io.callqa.manifest.TabularFile;
import io.callqa.rules.RulePack;
import io.callqa.score.Scorecard;
import io.callqa.tables.TableStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;

/** Runs the stages of one batch; shared by {@code transcribe}, {@code run} and {@code demo}. */
final class Batch {
    private Batch() {}

    static TranscribeResult transcribe(EnvironmentOptions environment, StageOptions stage, PrintStream console) {
        CallqaConfig config = environment.config();
        // Validate both inputs before Spark starts (it is started here only to read a Parquet input): a bad file
        // fails in seconds, not after hours of transcription.
        Function<Path, TabularFile.Contents> parquet = file -> new SparkTabularReader(environment.spark(config)).apply(file);
        CallManifest manifest = new CallManifestReader(parquet, config.audio().channelMaps()).read(stage.calls);
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

    /**
     * Every stage, in order; the rule pack, scorecard and roster are checked before transcription starts.
     *
     * @return the report's index page
     */
    static String run(EnvironmentOptions environment, StageOptions stage, PrintStream console) {
        ScoringInputs scoring = scoringInputs(environment, stage.agents, null);
        transcribe(environment, stage, console);
        analyze(environment, stage, scoring.rulePack(), console);
        score(environment, scoring, stage.out, console);
        CallqaConfig config = environment.config();
        SparkSession spark = environment.spark(config);
        String index = new ReportJob(spark, console).recordings(config.report(), config.s3()).run(stage.out).indexPage();
        String runId = runId();
        new TableStore(spark, stage.out).tagCurrentSnapshots(runId);
        console.printf("callqa: every table tagged %s (callqa sql --as-of %s reads them as they are now)%n", runId, runId);
        return index;
    }

    /** A run's id, its tag on the tables: when it finished, to the second, and a random suffix. */
    static String runId() {
        return "run-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now())
                + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** What the score stage needs, read and checked up front. */
    record ScoringInputs(RulePack rulePack, Scorecard scorecard, Map<String, Agent> roster) {}

    /**
     * @param scorecard the scorecard file, or null for the one in the settings
     */
    static ScoringInputs scoringInputs(EnvironmentOptions environment, Path agents, Path scorecard) {
        CallqaConfig config = environment.config();
        RulePack rulePack = rulePack(config.analysis().rulePackPath());
        Scorecard form = Scorecard.load(scorecard != null ? scorecard.toAbsolutePath()
                : Path.of(config.scoring().scorecardPath()), rulePack);
        Function<Path, TabularFile.Contents> parquet = file -> new SparkTabularReader(environment.spark(config)).apply(file);
        return new ScoringInputs(rulePack, form, new AgentRosterReader(parquet).read(agents));
    }

    static ScoreResult score(EnvironmentOptions environment, ScoringInputs inputs, String out, PrintStream console) {
        CallqaConfig config = environment.config();
        return new ScoreJob(environment.spark(config), inputs.scorecard(), inputs.roster(), config.scoring(), console)
                .run(out);
    }

    private static void analyze(EnvironmentOptions environment, StageOptions stage, RulePack rulePack,
            PrintStream console) {
        CallqaConfig config = environment.config();
        new AnalyzeJob(environment.spark(config), rulePack, console)
                .keepUnredactedTranscripts(config.analysis().keepUnredactedTranscripts())
                .run(stage.out);
    }
}
