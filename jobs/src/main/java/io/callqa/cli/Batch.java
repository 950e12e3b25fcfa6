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

/**
 * Runs the stages of one batch; shared by {@code transcribe}, {@code analyze}, {@code score}, {@code run} and
 * {@code demo}. The settings come read once ({@link Environment}); the rule pack, scorecard and roster are read and
 * checked once, before the first stage starts, and handed to every stage that judges calls by them.
 */
final class Batch {
    private Batch() {}

    /** What the stages judge calls by. */
    record Inputs(RulePack rulePack, Scorecard scorecard, Map<String, Agent> roster) {}

    /** The rule pack is read (and any mistake in it reported) before hours of work start. */
    static RulePack rulePack(CallqaConfig config, Path file) {
        return RulePack.load(file != null ? file.toAbsolutePath() : Path.of(config.analysis().rulePackPath()));
    }

    /**
     * @param scorecard the scorecard file, or null for the one in the settings
     */
    static Inputs inputs(Environment environment, Path agents, Path scorecard) {
        RulePack rulePack = rulePack(environment.config(), null);
        Scorecard form = Scorecard.load(scorecard != null ? scorecard.toAbsolutePath()
                : Path.of(environment.config().scoring().scorecardPath()), rulePack);
        return new Inputs(rulePack, form, new AgentRosterReader(parquet(environment)).read(agents));
    }

    /** @param rolePhrases the rule pack that tells the agent's voice in mono recordings */
    static TranscribeResult transcribe(Environment environment, StageOptions stage, RulePack rolePhrases,
            PrintStream console) {
        CallqaConfig config = environment.config();
        // Validate both inputs before Spark starts (it is started here only to read a Parquet input): a bad file
        // fails in seconds, not after hours of transcription.
        CallManifest manifest = new CallManifestReader(parquet(environment), config.audio().channelMaps()).read(stage.calls);
        int agents = new AgentRosterReader(parquet(environment)).validate(stage.agents);
        console.printf("callqa: %d manifest rows (%d rejected on reading), %d agents in the roster%n",
                manifest.rowCount(), manifest.rejects().size(), agents);
        TranscribeResult result = new TranscribeJob(environment.spark(), config, rolePhrases, console)
                .reprocess(stage.reprocess)
                .run(manifest, stage.out);
        console.printf("callqa: transcribed %d, skipped %d (already transcribed), rejected %d; tables in %s%n",
                result.transcribed(), result.skipped(), result.rejected(), stage.out);
        return result;
    }

    static void analyze(Environment environment, RulePack rulePack, String out, boolean reprocess, PrintStream console) {
        new AnalyzeJob(environment.spark(), rulePack, console)
                .reprocess(reprocess)
                .keepUnredactedTranscripts(environment.config().analysis().keepUnredactedTranscripts())
                .run(out);
    }

    static ScoreResult score(Environment environment, Inputs inputs, String out, PrintStream console) {
        return new ScoreJob(environment.spark(), inputs.scorecard(), inputs.roster(),
                environment.config().scoring(), console)
                .run(out);
    }

    /**
     * Every stage, in order; the rule pack, scorecard and roster are checked before transcription starts.
     *
     * @return the report's index page
     */
    static String run(Environment environment, StageOptions stage, PrintStream console) {
        Inputs inputs = inputs(environment, stage.agents, null);
        transcribe(environment, stage, inputs.rulePack(), console);
        analyze(environment, inputs.rulePack(), stage.out, false, console);
        score(environment, inputs, stage.out, console);
        CallqaConfig config = environment.config();
        String index = new ReportJob(environment.spark(), console).recordings(config.report(), config.s3())
                .run(stage.out).indexPage();
        String runId = runId();
        new TableStore(environment.spark(), stage.out).tagCurrentSnapshots(runId);
        console.printf("callqa: every table tagged %s (callqa sql --as-of %s reads them as they are now)%n", runId, runId);
        return index;
    }

    /** A run's id, its tag on the tables: when it finished, to the second, and a random suffix. */
    static String runId() {
        return "run-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now())
                + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** Parquet inputs are read with Spark, which starts only when one is read. */
    private static Function<Path, TabularFile.Contents> parquet(Environment environment) {
        return file -> new SparkTabularReader(environment.spark()).apply(file);
    }
}
