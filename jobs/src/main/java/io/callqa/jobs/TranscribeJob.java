package io.callqa.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.callqa.config.CallqaConfig;
import io.callqa.manifest.CallManifest;
import io.callqa.manifest.CallManifestReader;
import io.callqa.rules.RulePack;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The transcribe stage: calls manifest and recordings in, {@code transcripts}, {@code call_metrics} and
 * {@code rejects} out. Calls already transcribed from the same audio bytes are skipped unless reprocessing.
 */
public final class TranscribeJob extends StageJob {
    private static final String WARNING_KEY = "#warning";

    private final CallqaConfig config;
    private final RulePack rolePhrases;
    private boolean reprocess;

    /**
     * @param rolePhrases the rule pack whose phrases tell the agent's voice from the customer's in mono recordings,
     *     read on the driver so that a malformed pack stops the run before any call is transcribed
     */
    public TranscribeJob(SparkSession spark, CallqaConfig config, RulePack rolePhrases, PrintStream console) {
        super(TranscribeCalls.STAGE, spark, console);
        this.config = config;
        this.rolePhrases = rolePhrases;
    }

    /** Transcribe every call again, even when its audio was transcribed before. */
    public TranscribeJob reprocess(boolean value) {
        this.reprocess = value;
        return this;
    }

    /** The manifest as validated calls and rejected rows; Parquet manifests are read with Spark. */
    public static CallManifest readManifest(SparkSession spark, Path manifest) {
        return new CallManifestReader(new SparkTabularReader(spark)).read(manifest);
    }

    public TranscribeResult run(CallManifest manifest, String outputRoot) {
        return execute(outputRoot, (store, start) -> {
            Map<String, String> audioHashes = reprocess ? Map.of()
                    : step("read the audio hashes of transcribed calls", () -> transcribedAudioHashes(store));
            Broadcast<Map<String, String>> transcribed = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .broadcast(audioHashes);
            List<Row> requests = manifest.calls().stream().map(CallRequests::toRow).toList();
            int partitions = Math.max(1, Math.min(requests.size(), 1000));
            TranscribeProgress progress = new TranscribeProgress(spark.sparkContext());
            Outcomes outcomes;
            try (TranscribeProgress.Reporting reporting = progress.report(console, manifest.calls().size(), start)) {
                outcomes = processCalls(store, spark.createDataFrame(requests, CallRequests.SCHEMA), partitions,
                        new TranscribeCalls(config, rolePhrases, transcribed, progress), TranscriptionOutcome.SCHEMA);
            }
            step("write transcripts, call_metrics and rejects", () -> write(store, outcomes.rows(), manifest));

            long wallMillis = millisSince(start);
            TranscribeResult result = new TranscribeResult(manifest.rowCount(),
                    outcomes.count(TranscriptionOutcome.TRANSCRIBED), outcomes.count(TranscriptionOutcome.SKIPPED),
                    outcomes.count(TranscriptionOutcome.REJECTED) + manifest.rejects().size(),
                    progress.audioMillis(), progress.processingMillis(), wallMillis);
            console.println(progress.describe(manifest.calls().size(), wallMillis));
            return result;
        });
    }

    private void write(TableStore store, Dataset<Row> outcomes, CallManifest manifest) {
        // Rows of calls transcribed or rejected now replace what earlier runs wrote for them.
        Dataset<Row> replacedCalls = outcomes
                .where(col("status").notEqual(TranscriptionOutcome.SKIPPED))
                .select(col("call_id").as("key"));
        store.replace(Tables.TRANSCRIPTS, outcomes.select(explode(col("utterances")).as("u")).select("u.*"),
                col("call_id"), replacedCalls, lit(true));
        store.replace(Tables.CALL_METRICS, outcomes.where(col("metrics").isNotNull()).select("metrics.*"),
                col("call_id"), replacedCalls, lit(true));

        Timestamp now = Timestamp.from(Instant.now());
        Dataset<Row> manifestRejects = spark.createDataFrame(
                manifest.rejects().stream().map(reject -> RejectRows.of(reject, now)).toList(), Tables.REJECTS.schema());
        // Every call accepted now, skipped ones included, is accounted for by this run: rejects earlier runs wrote for
        // it (for a duplicate row since removed from the manifest, say) go, and this run's own come back. A skipped
        // call keeps the warning its transcription raised (a truncated recording): its audio has not changed.
        Column rejectKey = when(col("warning"), concat(col("call_id"), lit(WARNING_KEY)))
                .otherwise(coalesce(col("call_id"), col("source")));
        Dataset<Row> replacedRejects = outcomes.select(col("call_id").as("key"))
                .union(outcomes.where(col("status").notEqual(TranscriptionOutcome.SKIPPED))
                        .select(concat(col("call_id"), lit(WARNING_KEY)).as("key")))
                .union(manifestRejects.select(coalesce(col("call_id"), col("source")).as("key")));
        store.replace(Tables.REJECTS,
                outcomes.where(col("reject").isNotNull()).select("reject.*").unionByName(manifestRejects),
                rejectKey, replacedRejects, col("stage").isin(CallManifestReader.STAGE, TranscribeCalls.STAGE));
    }

    /** call_id to the SHA-256 of the audio it was transcribed from, for every call in call_metrics. */
    private static Map<String, String> transcribedAudioHashes(TableStore store) {
        Map<String, String> hashes = new HashMap<>();
        store.read(Tables.CALL_METRICS.name(), Tables.CALL_METRICS.schema())
                .select("call_id", "audio_sha256").collectAsList()
                .forEach(row -> hashes.put(row.getString(0), row.getString(1)));
        return hashes;
    }

    /**
     * @param audioMillis length of the calls transcribed
     * @param processingMillis time executors spent on the transcribed calls, summed over cores
     */
    public record TranscribeResult(int manifestRows, long transcribed, long skipped, long rejected,
            long audioMillis, long processingMillis, long wallMillis) {}
}
