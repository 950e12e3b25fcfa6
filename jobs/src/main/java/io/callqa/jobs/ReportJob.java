package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.callqa.config.CallqaConfig;
import io.callqa.report.CallScorecard;
import io.callqa.report.HtmlReport;
import io.callqa.report.RecordingLink;
import io.callqa.report.ReportData;
import io.callqa.storage.S3Settings;
import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The report stage: reads the scoring tables (never {@code transcripts}: the pages show only redacted text), hands
 * their rows as plain values to {@link HtmlReport}, and writes the pages into {@code OUT/report/}. A table that does
 * not exist yet leaves its part of the report empty rather than failing the report.
 */
public final class ReportJob {
    /** Where the pages go under the output root; {@link OutputTables} does not take it for a table. */
    public static final String FOLDER = "report";

    private final SparkSession spark;
    private final PrintStream console;
    private String reportLocation;
    private int maximumQueuedCalls = 500;
    private int trendWeeks = 26;
    private int complianceWeeks = 8;
    private RecordingLinks recordingLinks = new RecordingLinks(CallqaConfig.Report.DEFAULT, S3Settings.AWS_DEFAULT);

    public ReportJob(SparkSession spark, PrintStream console) {
        this.spark = spark;
        this.console = console;
    }

    /** Where to write the pages (default: {@code report/} under the output root); a local folder or an s3a:// URI. */
    public ReportJob reportLocation(String location) {
        this.reportLocation = location;
        return this;
    }

    /** The review queue page lists at most this many calls, the most urgent first. */
    public ReportJob maximumQueuedCalls(int calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("Cannot limit the review queue: " + calls + " calls is fewer than one");
        }
        this.maximumQueuedCalls = calls;
        return this;
    }

    /** Trend charts cover this many weeks before the latest; compliance tables {@code complianceWeeks}. */
    public ReportJob weeks(int trendWeeks, int complianceWeeks) {
        if (trendWeeks < 1 || complianceWeeks < 1) {
            throw new IllegalArgumentException("Cannot limit the report's weeks: " + trendWeeks + " and "
                    + complianceWeeks + " must both be at least one");
        }
        this.trendWeeks = trendWeeks;
        this.complianceWeeks = complianceWeeks;
        return this;
    }

    /**
     * How the review queue links each call's recording: pre-signed URLs for {@code s3://} recordings, or redacted
     * copies written beside the pages (see {@link CallqaConfig.Report}); the S3 settings reach those recordings.
     */
    public ReportJob recordings(CallqaConfig.Report settings, S3Settings s3) {
        this.recordingLinks = new RecordingLinks(settings, s3);
        return this;
    }

    public ReportResult run(String outputRoot) {
        long start = System.nanoTime();
        String root = outputRoot.endsWith("/") ? outputRoot.substring(0, outputRoot.length() - 1) : outputRoot;
        String location = reportLocation != null ? reportLocation : root + "/" + FOLDER;
        TableStore store = new TableStore(spark, root);

        Dataset<Row> flagged = table(store, Tables.FLAGGED_CALLS);
        long flaggedTotal = flagged.isEmpty() ? 0 : flagged.count();
        List<Row> queue = flagged.isEmpty() ? List.of() : flagged
                .orderBy(col("priority"), col("total_score").asc_nulls_first(), col("started_at"), col("call_id"))
                .limit(maximumQueuedCalls).collectAsList();
        Map<String, CallScorecard> scorecards = scorecards(store, queue);
        FileSystem fileSystem = fileSystem(location);
        Map<String, RecordingLink> recordings = recordingLinks.forCalls(store,
                queue.stream().map(row -> row.<String>getAs("call_id")).distinct().toList(), location,
                (file, bytes) -> write(fileSystem, location, file, bytes));

        ReportData data = new ReportData(
                Instant.now(),
                root,
                flaggedTotal,
                queue.stream().map(row -> ReportRows.flaggedCall(row,
                        Optional.ofNullable(scorecards.get(row.<String>getAs("call_id"))))).toList(),
                recentWeeks(table(store, Tables.COMPLIANCE_AUDIT), complianceWeeks, ReportRows::ruleAdherence),
                recentWeeks(table(store, Tables.TRENDS), trendWeeks, ReportRows::teamWeek),
                recentWeeks(table(store, Tables.CALL_DRIVERS), 1, ReportRows::callDriver),
                recentWeeks(table(store, Tables.EMERGING_TERMS), 1, ReportRows::emergingTerm),
                collect(table(store, Tables.COACHING_TARGETS), ReportRows::coachingTarget),
                recordings,
                collect(table(store, Tables.REVIEW_CALIBRATION), ReportRows::calibrationFigure));

        Map<String, String> pages = HtmlReport.render(data);
        pages.forEach((page, html) -> write(fileSystem, location, page, html.getBytes(StandardCharsets.UTF_8)));
        String index = location + "/" + HtmlReport.INDEX_PAGE;
        ReportResult result = new ReportResult(index, pages.size(), flaggedTotal, (System.nanoTime() - start) / 1_000_000);
        console.printf("report: %d pages, %d flagged calls, in %.1f s%nOpen %s%n", result.pages(),
                result.flaggedCalls(), result.wallMillis() / 1000.0, index);
        return result;
    }

    /** The scorecards of the queued calls only: the full table can hold years of calls. */
    private static Map<String, CallScorecard> scorecards(TableStore store, List<Row> queue) {
        Dataset<Row> scorecards = table(store, Tables.CALL_SCORECARDS);
        Map<String, CallScorecard> byCall = new HashMap<>();
        if (queue.isEmpty() || scorecards.isEmpty()) {
            return byCall;
        }
        Object[] callIds = queue.stream().map(row -> row.getAs("call_id")).distinct().toArray();
        scorecards.where(col("call_id").isin(callIds)).collectAsList()
                .forEach(row -> byCall.put(row.getAs("call_id"), ReportRows.scorecard(row)));
        return byCall;
    }

    /** The table's rows; none when the stage that writes it has not run yet. */
    private static Dataset<Row> table(TableStore store, TableDefinition table) {
        return store.read(table.name(), table.schema());
    }

    /** Rows of the latest {@code weeks} weeks of a table keyed by {@code week_start}. */
    private static <T> List<T> recentWeeks(Dataset<Row> table, int weeks, Function<Row, T> convert) {
        if (table.isEmpty()) {
            return List.of();
        }
        Object latest = table.agg(max("week_start")).first().get(0);
        Dataset<Row> recent = table.where(col("week_start").gt(date_sub(lit(latest), 7 * weeks)));
        return collect(recent, convert);
    }

    private static <T> List<T> collect(Dataset<Row> table, Function<Row, T> convert) {
        return table.collectAsList().stream().map(convert).toList();
    }

    private FileSystem fileSystem(String location) {
        try {
            FileSystem fileSystem = new Path(location).getFileSystem(spark.sparkContext().hadoopConfiguration());
            // The checksummed local file system leaves a hidden .crc beside each page; people open this folder.
            return fileSystem instanceof LocalFileSystem local ? local.getRawFileSystem() : fileSystem;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + location + ": " + e.getMessage(), e);
        }
    }

    /** Writes one file of the report, {@code file} relative to the report folder. */
    private static void write(FileSystem fileSystem, String location, String file, byte[] content) {
        try (OutputStream out = fileSystem.create(new Path(location + "/" + file), true)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + location + ": " + e.getMessage(), e);
        }
    }

    /** Where the index page is, how many pages were written, how many calls are flagged, and how long it took. */
    public record ReportResult(String indexPage, int pages, long flaggedCalls, long wallMillis) {}
}
