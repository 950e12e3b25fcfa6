package io.callqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callqa.config.CallqaConfig;
import io.callqa.jobs.SparkSessions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * One run of the pipeline benchmark, in a JVM of its own so that its peak memory is its own: runs every stage of
 * {@link PipelineStages#ALL} on one Spark master and writes a {@link StageMeasurement} per stage as JSON.
 *
 * <p>Arguments: master, manifest, roster, output root, settings file, callqa home, result file.
 */
public final class PipelineBenchmarkRun {
    private PipelineBenchmarkRun() {}

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 7) {
            throw new IllegalArgumentException("Cannot run the pipeline benchmark: expected 7 arguments (master, "
                    + "manifest, roster, output root, settings file, callqa home, result file), got " + arguments.length);
        }
        String master = arguments[0];
        CallqaConfig config = CallqaConfig.load(Path.of(arguments[4]), Path.of(arguments[5]));
        BenchmarkBatch batch = new BenchmarkBatch(Path.of(arguments[1]), Path.of(arguments[2]), arguments[3], config);
        SparkSession spark = SparkSessions.create(master);
        int cores = spark.sparkContext().defaultParallelism();
        List<StageMeasurement> measurements = new ArrayList<>();
        for (BenchmarkedStage stage : PipelineStages.ALL) {
            ProcessMemory.resetPeak();
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            StageWork work = stage.runner().run(spark, batch);
            measurements.add(new StageMeasurement(stage.name(), master, cores, (System.nanoTime() - started) / 1_000_000,
                    (processCpuNanos() - cpuBefore) / 1_000_000, work, ProcessMemory.peakBytes()));
        }
        spark.stop();
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(arguments[6]).toFile(), measurements);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
