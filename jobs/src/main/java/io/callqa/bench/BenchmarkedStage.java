package io.callqa.bench;

import org.apache.spark.sql.SparkSession;

/**
 * One stage of the pipeline as the pipeline benchmark runs it: a name and how to run it over a batch. A new stage
 * joins the benchmark as one more entry in {@link PipelineStages#ALL}, and so one more row of its table.
 */
public record BenchmarkedStage(String name, Runner runner) {
    @FunctionalInterface
    public interface Runner {
        StageWork run(SparkSession spark, BenchmarkBatch batch);
    }
}
