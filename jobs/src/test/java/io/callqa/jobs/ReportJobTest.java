package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.WavDecoder;
import io.callqa.cli.CallqaCommand;
import io.callqa.config.CallqaConfig;
import io.callqa.storage.S3Settings;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.S3ProxyServer;
import io.callqa.jobs.ReportJob.ReportResult;
import io.callqa.testing.ReportTables;
import io.callqa.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import software.amazon.awssdk.core.sync.RequestBody;

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
    void linksALocalRecordingRelativeToTheReportFolder() throws Exception {
        String queue = page("review-queue.html");
        Matcher audio = Pattern.compile("<audio class=\"recording\"[^>]* src=\"([^\"]+)\"").matcher(queue);

        assertThat(audio.find()).isTrue();
        assertThat(audio.group(1)).doesNotStartWith("/");
        assertThat(out.resolve("report").resolve(audio.group(1)).normalize()).isEqualTo(ReportTables.recording(out.toString()));
        // call-2's recording is on S3, and links to S3 are off by default.
        assertThat(audio.find()).isFalse();
        assertThat(queue).contains("media-src &#39;self&#39;;", "data-seek=\"1.000\"");
    }

    @Test
    void playsARedactedCopyWithTheCardNumberToned(@TempDir Path elsewhere) throws Exception {
        new ReportJob(spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .reportLocation(elsewhere.toString())
                .recordings(new CallqaConfig.Report(0, true), S3Settings.AWS_DEFAULT)
                .run(out.toString());

        String queue = Files.readString(elsewhere.resolve("review-queue.html"));
        assertThat(queue).contains("src=\"recordings/call-1.wav\"", "redacted copies");
        DecodedAudio original = WavDecoder.decode(Files.readAllBytes(ReportTables.recording(out.toString())));
        DecodedAudio copy = WavDecoder.decode(Files.readAllBytes(elsewhere.resolve("recordings/call-1.wav")));
        // The card number's words run from 2.000 s to 4.825 s (ReportTables): frames 16,000 to 38,600 at 8 kHz.
        for (int frame = 0; frame < original.frameCount(); frame++) {
            boolean toned = frame >= 16_000 && frame < 38_600;
            for (int channel = 0; channel < 2; channel++) {
                short sample = copy.channel(channel)[frame];
                if (toned) {
                    assertThat(sample).as("channel %d frame %d", channel, frame).isEqualTo(copy.channel(0)[frame])
                            .isBetween((short) -8192, (short) 8192);
                } else {
                    assertThat(sample).as("channel %d frame %d", channel, frame).isEqualTo(original.channel(channel)[frame]);
                }
            }
        }
        // A 1 kHz tone peaks a quarter period (2 frames) into each 8-frame period.
        assertThat(copy.channel(0)[16_002]).isEqualTo((short) 8192);
        assertThat(copy.channel(1)[16_006]).isEqualTo((short) -8192);
    }

    @Test
    void linksAnS3RecordingByAPresignedUrlThatExpires(@TempDir Path folder) throws Exception {
        try (S3ProxyServer server = S3ProxyServer.start(folder)) {
            byte[] recording = Files.readAllBytes(CallqaTestHome.home().resolve("samples/calls/c002.wav"));
            server.client().createBucket(bucket -> bucket.bucket("calls"));
            server.client().putObject(put -> put.bucket("calls").key("2026/call-2.wav"), RequestBody.fromBytes(recording));
            System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
            System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
            try {
                new ReportJob(spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                        .reportLocation(folder.resolve("report").toString())
                        .recordings(new CallqaConfig.Report(30, false), new S3Settings(server.endpoint(), "us-east-1", true))
                        .run(out.toString());
            } finally {
                System.clearProperty("aws.accessKeyId");
                System.clearProperty("aws.secretAccessKey");
            }

            String queue = Files.readString(folder.resolve("report/review-queue.html"));
            Matcher link = Pattern.compile("src=\"(" + Pattern.quote(server.endpoint()) + "/calls/2026/call-2\\.wav\\?[^\"]+)\"")
                    .matcher(queue);
            assertThat(link.find()).as("a pre-signed link to call-2's recording").isTrue();
            String url = link.group(1).replace("&amp;", "&");
            assertThat(url).contains("X-Amz-Expires=1800");
            assertThat(queue).contains("media-src &#39;self&#39; " + server.endpoint() + ";", "Links to recordings on S3 expire at");
            HttpResponse<byte[]> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(fetched.statusCode()).isEqualTo(200);
            assertThat(fetched.body()).isEqualTo(recording);
        }
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
