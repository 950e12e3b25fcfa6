package io.callqa.bench;

import io.callqa.jobs.AnalyzeJob;
import io.callqa.jobs.TranscribeJob;
import io.callqa.rules.RulePack;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** The stages the pipeline benchmark runs, in the order a batch goes through them. */
public final class PipelineStages {
    public static final List<BenchmarkedStage> ALL = List.of(
            new BenchmarkedStage("transcribe", (spark, batch) -> {
                TranscribeJob.TranscribeResult result = new TranscribeJob(spark, batch.config(), quiet())
                        .reprocess(true)
                        .run(TranscribeJob.readManifest(spark, batch.manifest()), batch.outputRoot());
                return StageWork.calls(result.transcribed());
            }),
            new BenchmarkedStage("analyze", (spark, batch) -> {
                AnalyzeJob.AnalyzeResult result = new AnalyzeJob(spark,
                        RulePack.load(Path.of(batch.config().analysis().rulePackPath())), quiet())
                        .reprocess(true)
                        .run(batch.outputRoot());
                return new StageWork(result.analyzed(), result.utterancesAnalyzed(), result.textModelLoadingMillis(),
                        result.textAnalysisMillis());
            }));

    private PipelineStages() {}

    /** The stages' progress lines would mix with the benchmark's table. */
    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
