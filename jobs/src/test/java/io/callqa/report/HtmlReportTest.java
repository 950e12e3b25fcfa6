package io.callqa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pages as text, without a browser: escaping, what each page holds, and the charts' points. */
class HtmlReportTest {
    private static final Pattern CHART = Pattern.compile("data-chart=\"([^\"]+)\" data-points=\"(\\d+)\"");

    private final Map<String, String> pages = HtmlReport.render(SampleReportData.create());

    @Test
    void writesFourSelfContainedPages() {
        assertThat(pages).containsOnlyKeys("index.html", "review-queue.html", "compliance.html", "trainers.html");
        assertThat(pages.values()).allSatisfy(page -> assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .doesNotContain("http://", "<link", "<img"));
        pages.forEach((name, page) -> {
            if (!name.equals("review-queue.html")) {
                assertThat(page).as(name).doesNotContain("https://", "src=\"", "<script");
            }
        });
        // The review queue's only sources are the recordings it plays.
        assertThat(Pattern.compile(" src=\"([^\"]*)\"").matcher(pages.get("review-queue.html")).results()
                .map(match -> match.group(1))).containsExactlyInAnyOrder(SampleReportData.RECORDING,
                        Html.escape(SampleReportData.PRESIGNED_URL));
    }

    @Test
    void reviewQueueAllowsExactlyItsRecordingsAndItsScript() {
        String queue = pages.get("review-queue.html");

        String policy = PageLayout.contentSecurityPolicy(
                Set.of("'self'", "https://calls.s3.us-east-1.amazonaws.com"), ReviewQueueScript.SCRIPT);

        assertThat(policy).startsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                + "media-src 'self' https://calls.s3.us-east-1.amazonaws.com; script-src 'sha256-").endsWith("='");
        assertThat(queue).contains("content=\"" + Html.escape(policy) + "\"");
        assertThat(pages.get("index.html")).contains("content=\"default-src &#39;none&#39;; style-src "
                + "&#39;unsafe-inline&#39;; img-src data:\"");
        assertThat(queue.split("<script>", -1)).hasSize(2);
    }

    @Test
    void playsEachTimedEvidenceOfACallWithARecording() {
        String queue = pages.get("review-queue.html");
        String escalatedCall = queue.substring(queue.indexOf("id=\"call-c-104\""), queue.indexOf("id=\"call-c-102\""));
        String failedCall = queue.substring(queue.indexOf("id=\"call-c-101\""), queue.indexOf("id=\"call-c-104\""));

        assertThat(escalatedCall).contains("<audio class=\"recording\"", "data-seek=\"21.000\"");
        // c-101's evidence with a time is the greeting's, 0.5 s in; its reason and missed question have none.
        assertThat(count(failedCall, "class=\"play\"")).isEqualTo(1);
        assertThat(failedCall).contains("data-seek=\"0.500\"");
        assertThat(queue).contains("Links to recordings on S3 expire at 2026-11-23 09:00 UTC")
                .doesNotContain("id=\"call-c-102\" data-priority=\"2\"><summary><audio");
        assertThat(count(queue, "<audio ")).isEqualTo(2);
    }

    @Test
    void showsReviewerCalibrationOnTheComplianceAndIndexPages() {
        String compliance = pages.get("compliance.html");
        String index = pages.get("index.html");

        assertThat(compliance).contains("id=\"calibration\"",
                "the flags missed 1 of 10 reviewed unflagged calls — miss rate 10% (95% interval 2–40%, 10 reviewed)",
                "<td>LOW_SCORE</td><td class=\"number\">4</td><td class=\"number\">3</td><td class=\"number\">75%</td>"
                        + "<td class=\"number\">30%–95%</td>",
                "<td>greeting</td><td class=\"number\">5</td><td class=\"number\">4</td><td class=\"number\">80%</td>");
        // The miss rate with its interval; precision over every reviewed flag: 5 of 6.
        assertThat(index).contains("Flags&#39; miss rate</div><div class=\"value\">10%</div></a><div class=\"muted\">"
                        + "95% interval 2%–40%, 10 calibration calls reviewed",
                "Flag precision</div><div class=\"value\">83%</div></a><div class=\"muted\">5 of 6 reviewed flags deserved");
    }

    @Test
    void offersAVerdictOnEveryReasonAndQuestion() {
        String queue = pages.get("review-queue.html");

        // Five reasons over four calls, and c-101's three questions.
        assertThat(count(queue, "<select class=\"verdict\"")).isEqualTo(SampleReportData.FLAG_REASONS + 3);
        assertThat(queue).contains("data-call=\"c-101\" data-kind=\"question\" data-item=\"recording-disclosure\" "
                + "data-answer=\"NOT_MET\"", "data-call=\"c-103\" data-kind=\"reason\" data-item=\"CALIBRATION_SAMPLE\"",
                "id=\"export-verdicts\"");
    }

    @Test
    void escapesEveryPieceOfCallData() {
        String queue = pages.get("review-queue.html");

        assertThat(queue).doesNotContain("<script>alert", "<b>O'Neil")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; my card is [CARD]")
                .contains("Ben &lt;b&gt;O&#39;Neil&lt;/b&gt;");
        assertThat(Html.escape("a<b>&\"'")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;");
    }

    @Test
    void listsTheQueueByPriorityWithTheCalibrationSampleMarked() {
        String queue = pages.get("review-queue.html");

        assertThat(queue.indexOf("id=\"call-c-101\"")).isLessThan(queue.indexOf("id=\"call-c-104\""));
        assertThat(queue.indexOf("id=\"call-c-104\"")).isLessThan(queue.indexOf("id=\"call-c-102\""));
        assertThat(queue.indexOf("id=\"call-c-102\"")).isLessThan(queue.indexOf("id=\"call-c-103\""));
        String calibrationCall = queue.substring(queue.indexOf("id=\"call-c-103\""));
        assertThat(calibrationCall).contains("calibration sample");
        assertThat(queue).contains("0:21–0:24", "i want to speak to a supervisor", "AUTO FAIL",
                "Was the recording disclosed?", "answer-NOT_MET");
    }

    @Test
    void showsRulePackVersionsAndLinksFailingCallsToTheQueue() {
        String compliance = pages.get("compliance.html");

        assertThat(compliance).contains("default version 2 (SHA-256 4f2a9c1be0d3")
                .contains("href=\"review-queue.html#call-c-101\"")
                .contains("c-210");
    }

    @Test
    void drawsAPointForEveryValueAndNoneForMissingOnes() {
        Map<String, Integer> trainers = charts(pages.get("trainers.html"));

        assertThat(trainers).containsKeys("mean-score", "adherence", "escalations", "cancellations", "sentiment",
                "silence", "handle-time").doesNotContainKey("first-contact-resolution");
        assertThat(trainers.get("mean-score")).isEqualTo(SampleReportData.TEAM_WEEKS);
        assertThat(trainers.get("drivers-Billing")).isEqualTo(2);
        assertThat(charts(pages.get("compliance.html"))).containsEntry("adherence-by-rule",
                SampleReportData.RULES * SampleReportData.WEEKS);
        assertThat(charts(pages.get("review-queue.html"))).containsEntry("reasons", SampleReportData.FLAG_REASONS);
        assertThat(count(pages.get("trainers.html"), "class=\"point\"")).isEqualTo(
                SampleReportData.TEAM_WEEKS * SampleReportData.TREND_CHARTS);
    }

    @Test
    void refusesASeriesThatDoesNotFitTheCategories() {
        assertThatThrownBy(() -> new SvgLineChart("x", "X", List.of("w1", "w2"),
                List.of(new ChartSeries("team", Arrays.asList(1.0))), ValueFormat.SCORE))
                .hasMessage("Cannot draw chart x: series team has 1 values for 2 categories");
    }

    static Map<String, Integer> charts(String page) {
        Map<String, Integer> charts = new java.util.LinkedHashMap<>();
        Matcher matcher = CHART.matcher(page);
        while (matcher.find()) {
            charts.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return charts;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int index = text.indexOf(part); index >= 0; index = text.indexOf(part, index + 1)) {
            count++;
        }
        return count;
    }
}
