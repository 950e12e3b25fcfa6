package io.callqa.jobs;

import io.callqa.tables.TableStore;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * What the transcribe, analyze and score stages share, after Apache Iceberg's {@code BaseSparkAction}: a stage opens
 * the tables of its output root, runs its executor function over the calls in scope and keeps the outcomes, counts
 * them by status, writes its tables from them and removes its intermediate files. Every Spark job it starts is in the
 * job group {@code callqa-<stage>} and described by the step it belongs to ("score: write weekly tables"), so that the
 * Spark UI and event logs read as the stage does.
 */
abstract class StageJob {
    static final String JOB_GROUP_PREFIX = "callqa-";

    private final String stage;
    final SparkSession spark;
    final PrintStream console;

    StageJob(String stage, SparkSession spark, PrintStream console) {
        this.stage = stage;
        this.spark = spark;
        this.console = console;
    }

    /** The stage's work on the tables of one output root; {@code startNanos} is when the stage started. */
    interface Work<R> {
        R run(TableStore store, long startNanos);
    }

    /** Runs {@code work} on the tables under {@code outputRoot}, in this stage's job group. */
    final <R> R execute(String outputRoot, Work<R> work) {
        long start = System.nanoTime();
        SparkContext context = spark.sparkContext();
        context.setJobGroup(JOB_GROUP_PREFIX + stage, stage, false);
        TableStore store = null;
        try {
            store = new TableStore(spark, outputRoot);
            return work.run(store, start);
        } finally {
            if (store != null) {
                store.cleanStaging();
            }
            context.clearJobGroup();
        }
    }

    /** Runs {@code work} with the Spark jobs it starts described as this step of the stage. */
    final <T> T step(String description, Supplier<T> work) {
        SparkContext context = spark.sparkContext();
        context.setJobDescription(stage + ": " + description);
        try {
            return work.get();
        } finally {
            context.setJobDescription(stage);
        }
    }

    final void step(String description, Runnable work) {
        step(description, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code function} over {@code calls} in {@code partitions} tasks and writes the outcomes (one row per call,
     * with a {@code status} column) to intermediate files, so that counting them and writing each table from them
     * does not process the calls again.
     */
    final Outcomes processCalls(TableStore store, Dataset<Row> calls, int partitions,
            MapPartitionsFunction<Row, Row> function, StructType outcomeSchema) {
        Dataset<Row> outcomes = step(stage + " calls", () -> store.materialize(stage + "-outcomes",
                calls.repartition(partitions).mapPartitions(function, Encoders.row(outcomeSchema))));
        Map<String, Long> counts = new HashMap<>();
        step("count outcomes", () -> outcomes.groupBy("status").count().collectAsList()
                .forEach(row -> counts.put(row.getString(0), row.getLong(1))));
        return new Outcomes(outcomes, Map.copyOf(counts));
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The outcome rows of a stage's calls, and how many have each status. */
    record Outcomes(Dataset<Row> rows, Map<String, Long> counts) {
        long count(String status) {
            return counts.getOrDefault(status, 0L);
        }
    }
}
