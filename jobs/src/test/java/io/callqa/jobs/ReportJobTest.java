package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.cli.CallqaCommand;
import io.callqa.jobs.ReportJob.ReportResult;
import io.callqa.testing.ReportTables;
import io.callqa.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report stage over scoring tables written by hand: what reaches the pages, that unredacted transcripts never do,
 * and that an output root without scoring tables still gives a report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportJobTest {
    /** Spoken in the unredacted transcript only; the redacted tables say [CARD]. */
    private static final String CARD_NUMBER_AS_SPOKEN = "four five three two one one one one";
    private static final Pattern CHART = Pattern.compile("data-chart=\"([^\"]+)\" data-points=\"(\\d+)\"");

    private SparkSession spark;
    private Path out;
    private ReportResult result;
    private String console;

    @BeforeAll
    void writeTablesAndReport(@TempDir Path folder) {
        spark = SharedSpark.get();
        out = folder.resolve("out");
        ReportTables.write(spark, out.toString(), CARD_NUMBER_AS_SPOKEN);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        result = new ReportJob(spark, new PrintStream(printed, true, StandardCharsets.UTF_8)).run(out.toString());
        console = printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesThePagesUnderTheOutputRootAndSaysWhere() {
        assertThat(Path.of(result.indexPage())).isEqualTo(out.resolve("report/index.html")).exists();
        assertThat(out.resolve("report")).isDirectoryContaining("glob:**/review-queue.html")
                .isDirectoryContaining("glob:**/compliance.html").isDirectoryContaining("glob:**/trainers.html")
                .isDirectoryNotContaining("glob:**/*.crc");
        assertThat(result.flaggedCalls()).isEqualTo(2);
        assertThat(console).contains("Open " + result.indexPage());
    }

    @Test
    void showsQueuedCallsWithTheirScorecardAndRedactedEvidence() throws Exception {
        String queue = page("review-queue.html");

        assertThat(queue).contains("call-1", "call-2", "Did the agent disclose the recording?", "calibration sample",
                "my card number is [CARD]", "Ana Silva");
        assertThat(queue.indexOf("id=\"call-call-1\"")).isLessThan(queue.indexOf("id=\"call-call-2\""));
    }

    @Test
    void neverShowsTheUnredactedTranscript() throws Exception {
        try (Stream<Path> pages = Files.list(out.resolve("report"))) {
            for (Path page : pages.toList()) {
                assertThat(Files.readString(page)).as(page.toString()).doesNotContain(CARD_NUMBER_AS_SPOKEN);
            }
        }
    }

    @Test
    void chartsTheTablesValues() throws Exception {
        assertThat(charts(page("trainers.html"))).containsEntry("mean-score", 3).containsEntry("drivers-Billing", 1);
        assertThat(charts(page("compliance.html"))).containsEntry("adherence-by-rule", 2);
        assertThat(page("compliance.html")).contains("default version 2", "href=\"review-queue.html#call-call-1\"",
                "(not in roster)", "a9 (a9)", "call-9");
        assertThat(page("trainers.html")).contains("outage", "Did the agent disclose the recording?", "[NAME]");
    }

    @Test
    void reportsAnOutputRootWithoutScoringTables(@TempDir Path empty) throws Exception {
        ReportResult emptyReport = new ReportJob(spark, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run(empty.toString());

        assertThat(emptyReport.flaggedCalls()).isZero();
        assertThat(Files.readString(Path.of(emptyReport.indexPage()))).contains("Call quality report");
        assertThat(Files.readString(empty.resolve("report/trainers.html"))).contains("No data yet");
    }

    @Test
    void writesTheReportFromTheCommandLine(@TempDir Path elsewhere) {
        int exitCode = CallqaCommand.execute("report", "--out", out.toString(), "--report-dir", elsewhere.toString(),
                "--max-queue", "1");

        assertThat(exitCode).isZero();
        assertThat(elsewhere.resolve("index.html")).exists();
        assertThat(elsewhere.resolve("review-queue.html")).content().contains("Showing the first 1 of 2 calls");
    }

    private String page(String name) throws Exception {
        return Files.readString(out.resolve("report").resolve(name));
    }

    private static Map<String, Integer> charts(String page) {
        Map<String, Integer> charts = new java.util.HashMap<>();
        Matcher matcher = CHART.matcher(page);
        while (matcher.find()) {
            charts.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return charts;
    }
}
