package io.callqa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.callqa.review.ReviewVerdict;
import io.callqa.review.VerdictCsvReader;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pages in a real headless Chromium: they load without a console error, every chart shows the points it should,
 * call data stays text, and a screenshot of each page lands in {@code target/report-screenshots/} for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesInBrowserTest {
    private static final Path PAGES = Path.of("target/report-pages");
    private static final Path SCREENSHOTS = Path.of("target/report-screenshots");
    private static final String POINTS_PER_CHART = "JSON.stringify(Object.fromEntries([...document.querySelectorAll("
            + "'svg[data-chart]')].map(chart => [chart.dataset.chart, chart.querySelectorAll('.point, .bar').length])))";

    private HeadlessChromium browser;

    @BeforeAll
    void writePagesAndStartTheBrowser() throws Exception {
        assertThat(HeadlessChromium.isInstalled()).as("chromium is installed (./test installs it)").isTrue();
        Files.createDirectories(PAGES);
        for (Map.Entry<String, String> page : HtmlReport.render(SampleReportData.create()).entrySet()) {
            Files.writeString(PAGES.resolve(page.getKey()), page.getValue());
        }
        // The sample queue links c-104's recording relative to the report folder: put a real call there.
        Path recording = PAGES.resolve(SampleReportData.RECORDING).normalize();
        Files.createDirectories(recording.getParent());
        Files.copy(CallqaTestHome.home().resolve("samples/calls/c002.wav"), recording, StandardCopyOption.REPLACE_EXISTING);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stopTheBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void overviewLoadsAndLinksEveryPage() throws Exception {
        Map<String, Integer> charts = open("index.html");

        assertThat(charts).isEmpty();
        assertThat(browser.evaluate("[...document.querySelectorAll('ul.pages a')].map(a => a.getAttribute('href')).join(' ')")
                .asText()).isEqualTo("review-queue.html compliance.html trainers.html");
    }

    @Test
    void reviewQueueShowsEvidenceAsText() throws Exception {
        Map<String, Integer> charts = open("review-queue.html");

        assertThat(charts).containsEntry("reasons", SampleReportData.FLAG_REASONS);
        assertThat(browser.evaluate("document.querySelectorAll('main script, main b').length").asInt()).isZero();
        assertThat(browser.evaluate("document.body.textContent").asText())
                .contains(SampleReportData.MARKUP_IN_EVIDENCE, SampleReportData.MARKUP_IN_NAME);
        assertThat(browser.evaluate("document.querySelectorAll('details.call').length").asInt()).isEqualTo(4);
    }

    @Test
    void playsTheRecordingFromTheEvidencesTime() throws Exception {
        open("review-queue.html");

        // Not loaded yet (preload none): the media fragment starts it at the evidence, 21 s in.
        assertThat(playFromEvidence()).isBetween(21.0, 21.5);
        assertThat(browser.evaluate("document.querySelector('#call-c-104 audio').duration").asDouble())
                .isBetween(43.0, 46.0);
        // Loaded and elsewhere: the button seeks back to the evidence.
        browser.evaluate("document.querySelector('#call-c-104 audio').currentTime = 3");
        assertThat(playFromEvidence()).isBetween(21.0, 21.5);
        assertThat(browser.errors()).isEmpty();
    }

    @Test
    void exportsTheReviewersVerdictsAsTheFileReviewImportReads() throws Exception {
        open("review-queue.html");

        browser.evaluate("""
                (() => {
                  document.getElementById('reviewer').value = 'Dana "QA" Lee';
                  const choose = (selector, verdict, note) => {
                    const select = document.querySelector(selector);
                    select.value = verdict;
                    select.dispatchEvent(new Event('change', {bubbles: true}));
                    select.parentElement.querySelector('input.note').value = note;
                  };
                  choose('select[data-call="c-104"][data-item="ESCALATION"]', 'disagree', 'asked for a refund, not a supervisor');
                  choose('select[data-call="c-101"][data-item="recording-disclosure"]', 'agree', '');
                })()""");
        String csv = browser.evaluate("verdictsCsv()").asText();
        Path exported = Files.writeString(PAGES.resolve("exported-verdicts.csv"), csv);

        assertThat(csv).startsWith(ReviewQueueScript.CSV_HEADER + "\r\n");
        assertThat(VerdictCsvReader.read(exported)).extracting(ReviewVerdict::callId, ReviewVerdict::itemKind,
                        ReviewVerdict::itemId, ReviewVerdict::automaticAnswer, ReviewVerdict::agrees, ReviewVerdict::note,
                        ReviewVerdict::reviewer)
                .containsExactly(
                        tuple("c-101", ReviewVerdict.ItemKind.QUESTION, "recording-disclosure", "NOT_MET", true, null,
                                "Dana \"QA\" Lee"),
                        tuple("c-104", ReviewVerdict.ItemKind.REASON, "ESCALATION", "ESCALATION", false,
                                "asked for a refund, not a supervisor", "Dana \"QA\" Lee"));
        // The export button makes the file in the browser: it runs without an error.
        browser.evaluateAsUser("document.getElementById('export-verdicts').click()");
        assertThat(browser.errors()).isEmpty();
    }

    @Test
    void refusesMediaFromAnyOtherSource() throws Exception {
        open("review-queue.html");

        int errorCode = browser.evaluateAsUser("new Promise(resolve => { const audio = new Audio(); "
                + "audio.onerror = () => resolve(audio.error.code); audio.src = 'http://127.0.0.1:9/call.wav'; })").asInt();

        assertThat(errorCode).isEqualTo(4);
        assertThat(String.join("\n", browser.errors())).contains("Content Security Policy");
    }

    /** Clicks c-104's play button and answers where the recording was when it started playing. */
    private double playFromEvidence() {
        return browser.evaluateAsUser("""
                new Promise((resolve, reject) => {
                  const call = document.getElementById('call-c-104');
                  const audio = call.querySelector('audio.recording');
                  audio.addEventListener('playing', () => { audio.pause(); resolve(audio.currentTime); }, {once: true});
                  audio.addEventListener('error', () => reject(new Error('cannot play: ' + audio.error.message)), {once: true});
                  setTimeout(() => reject(new Error('did not play within 20 s')), 20000);
                  call.querySelector('button.play').click();
                })""").asDouble();
    }

    @Test
    void complianceChartHasAPointPerRuleAndWeek() throws Exception {
        Map<String, Integer> charts = open("compliance.html");

        assertThat(charts).containsEntry("adherence-by-rule", SampleReportData.RULES * SampleReportData.WEEKS);
    }

    @Test
    void trainersChartsHaveAPointPerTeamWeek() throws Exception {
        Map<String, Integer> charts = open("trainers.html");

        assertThat(charts).containsEntry("mean-score", SampleReportData.TEAM_WEEKS)
                .containsEntry("handle-time", SampleReportData.TEAM_WEEKS)
                .containsEntry("drivers-Retention", 2);
        assertThat(charts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(
                SampleReportData.TEAM_WEEKS * SampleReportData.TREND_CHARTS + 4);
    }

    @Test
    void noticesWhatABrokenPageWouldReport() throws Exception {
        Path broken = Files.writeString(PAGES.resolve("broken.html"), "<!DOCTYPE html><html><body>"
                + "<img src=\"missing.png\"><script>console.error('drawn wrong'); undefinedFunction();</script>"
                + "</body></html>");

        browser.open(broken.toAbsolutePath());

        assertThat(String.join("\n", browser.errors())).contains("drawn wrong", "undefinedFunction", "missing.png");
    }

    /** Opens a page, checks that the browser reported no error, screenshots it, and counts each chart's marks. */
    private Map<String, Integer> open(String page) throws Exception {
        browser.open(PAGES.resolve(page).toAbsolutePath());

        assertThat(browser.errors()).as("errors the browser reported on " + page).isEmpty();
        Path screenshot = SCREENSHOTS.resolve(page.replace(".html", ".png"));
        browser.screenshot(screenshot, 4000);
        assertThat(Files.size(screenshot)).as(screenshot.toString()).isGreaterThan(10_000);
        JsonNode counts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                browser.evaluate(POINTS_PER_CHART).asText());
        Map<String, Integer> charts = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = counts.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            charts.put(field.getKey(), field.getValue().asInt());
        }
        return charts;
    }
}
