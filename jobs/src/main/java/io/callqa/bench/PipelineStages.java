package io.callqa.bench;

import io.callqa.jobs.AnalyzeJob;
import io.callqa.jobs.ScoreJob;
import io.callqa.jobs.SparkTabularReader;
import io.callqa.jobs.TranscribeJob;
import io.callqa.manifest.AgentRosterReader;
import io.callqa.rules.RulePack;
import io.callqa.score.Scorecard;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** The stages the pipeline benchmark runs, in the order a batch goes through them. */
public final class PipelineStages {
    public static final List<BenchmarkedStage> ALL = List.of(
            new BenchmarkedStage("transcribe", (spark, batch) -> {
                TranscribeJob.TranscribeResult result = new TranscribeJob(spark, batch.config(), rulePack(batch), quiet())
                        .reprocess(true)
                        .run(TranscribeJob.readManifest(spark, batch.manifest()), batch.outputRoot());
                return StageWork.calls(result.transcribed());
            }),
            new BenchmarkedStage("analyze", (spark, batch) -> {
                AnalyzeJob.AnalyzeResult result = new AnalyzeJob(spark, rulePack(batch), quiet())
                        .reprocess(true)
                        .run(batch.outputRoot());
                return new StageWork(result.analyzed(), result.utterancesAnalyzed(), result.textModelLoadingMillis(),
                        result.textAnalysisMillis());
            }),
            new BenchmarkedStage("score", (spark, batch) -> {
                Scorecard scorecard = Scorecard.load(Path.of(batch.config().scoring().scorecardPath()), rulePack(batch));
                ScoreJob.ScoreResult result = new ScoreJob(spark, scorecard,
                        new AgentRosterReader(new SparkTabularReader(spark)).read(batch.roster()),
                        batch.config().scoring(), quiet())
                        .run(batch.outputRoot());
                return StageWork.calls(result.scored());
            }));

    private PipelineStages() {}

    private static RulePack rulePack(BenchmarkBatch batch) {
        return RulePack.load(Path.of(batch.config().analysis().rulePackPath()));
    }

    /** The stages' progress lines would mix with the benchmark's table. */
    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
