package io.callqa.report;

import io.callqa.review.ReviewVerdict.ItemKind;
import io.callqa.score.Evidence;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The QA review queue: flagged calls by priority, each with its reasons, the evidence (time in the recording and the
 * redacted words) and the automatically scored scorecard; calls of the calibration sample are marked.
 */
final class ReviewQueuePage {
    private static final Map<Integer, String> PRIORITY_TITLES = Map.of(
            1, "Priority 1 — review first", 2, "Priority 2", 3, "Priority 3");

    private ReviewQueuePage() {}

    static String anchor(String callId) {
        return "call-" + callId;
    }

    static String render(ReportData data) {
        List<FlaggedCall> queue = data.reviewQueue();
        Html body = new Html();
        body.element("h1", "QA review queue");
        long calibration = queue.stream().filter(FlaggedCall::calibrationSample).count();
        String shown = queue.size() < data.flaggedCallsTotal()
                ? "Showing the first " + queue.size() + " of " + data.flaggedCallsTotal() + " calls, by priority. "
                : data.flaggedCallsTotal() + " calls to review. ";
        String sample = calibration == 0 ? "None is from the calibration sample."
                : calibration + (calibration == 1 ? " is" : " are") + " from the calibration sample (unflagged calls "
                        + "drawn at random, so that QA can measure what the flags miss).";
        body.element("p", shown + sample, "class", "lead");
        body.element("p", recordingsNote(data), "class", "muted");
        body.open("div", "class", "toolbar")
                .open("label").text("Reviewer ").open("input", "id", "reviewer", "type", "text", "placeholder", "your name")
                .close("label")
                .element("button", "Export verdicts (CSV)", "id", "export-verdicts", "type", "button")
                .element("span", "Agree or disagree with each automatic answer, then export the file and load it with "
                        + "./callqa review import FILE --out DIR.", "class", "muted")
                .close("div");
        body.markup(new SvgBarChart("reasons", "Why calls are in the queue", reasonBars(queue), ValueFormat.COUNT).render());
        if (queue.isEmpty()) {
            body.element("p", "No call is flagged.", "class", "muted");
        }
        for (int priority = 1; priority <= 3; priority++) {
            int level = priority;
            List<FlaggedCall> calls = queue.stream().filter(call -> call.priority() == level).toList();
            if (calls.isEmpty()) {
                continue;
            }
            body.element("h2", PRIORITY_TITLES.get(priority) + " (" + calls.size() + ")");
            calls.forEach(call -> renderCall(body, call, Optional.ofNullable(data.recordings().get(call.callId()))));
        }
        Set<String> mediaSources = queue.stream().map(call -> data.recordings().get(call.callId()))
                .filter(Objects::nonNull).map(RecordingLink::mediaSource).collect(Collectors.toSet());
        return PageLayout.render(PageLayout.REVIEW_QUEUE, "QA review queue", body.toString(), data, mediaSources,
                ReviewQueueScript.SCRIPT);
    }

    /** Says what the play buttons play, and until when a pre-signed link works. */
    private static String recordingsNote(ReportData data) {
        if (data.recordings().isEmpty()) {
            return "No recording is linked: recordings on S3 are linked only when report.s3_link_expiry_minutes is set "
                    + "in conf/callqa.yaml.";
        }
        StringBuilder note = new StringBuilder("▶ plays the call's recording from the evidence's time.");
        if (data.recordings().values().stream().anyMatch(RecordingLink::redacted)) {
            note.append(" The recordings are redacted copies: personal data is replaced by a tone.");
        }
        data.recordings().values().stream().map(RecordingLink::expiresAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .ifPresent(expiry -> note.append(" Links to recordings on S3 expire at ")
                        .append(Formats.timestamp(expiry)).append("; write the report again for new ones."));
        return note.toString();
    }

    private static List<SvgBarChart.Bar> reasonBars(List<FlaggedCall> queue) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        queue.forEach(call -> call.reasons().stream().map(FlagReason::reason).distinct()
                .forEach(reason -> counts.merge(reason, 1, Integer::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new SvgBarChart.Bar(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static void renderCall(Html body, FlaggedCall call, Optional<RecordingLink> recording) {
        // The most urgent calls are open so the reviewer sees their evidence without a click.
        body.open("details", "class", "call", "id", anchor(call.callId()), "data-priority",
                Integer.toString(call.priority()), "open", call.priority() == 1 ? "open" : null);
        body.open("summary")
                .element("span", call.callId(), "class", "call-id")
                .element("span", "P" + call.priority(), "class", "badge priority-" + call.priority())
                .element("span", "score " + Formats.score(call.totalScore()), "class", "score")
                .element("span", call.agentName() + " · " + call.team(), "class", "agent")
                .element("span", call.queue() == null ? "" : call.queue(), "class", "muted")
                .element("span", Formats.timestamp(call.startedAt()), "class", "time");
        if (call.autoFail()) {
            body.element("span", "AUTO FAIL", "class", "badge auto-fail");
        }
        if (call.calibrationSample()) {
            body.element("span", "calibration sample", "class", "badge calibration");
        }
        body.close("summary");
        recording.ifPresent(link -> body.open("audio", "class", "recording", "controls", "controls", "preload", "none",
                "src", link.url(), "data-src", link.url()).close("audio"));

        body.element("h3", "Reasons");
        body.open("table", "class", "reasons").open("tr").element("th", "Reason").element("th", "Detail")
                .element("th", "When").element("th", "What was said (redacted)").element("th", "Your verdict").close("tr");
        for (FlagReason reason : call.reasons()) {
            body.open("tr", "class", "reason")
                    .element("td", reason.reason())
                    .element("td", reason.detail());
            timeCell(body, reason.evidence(), recording.isPresent());
            evidenceCell(body, reason.evidence());
            verdictCell(body, call.callId(), ItemKind.REASON, reason.reason(), reason.reason());
            body.close("tr");
        }
        body.close("table");
        call.scorecard().ifPresent(scorecard -> renderScorecard(body, call.callId(), scorecard, recording.isPresent()));
        body.close("details");
    }

    private static void renderScorecard(Html body, String callId, CallScorecard scorecard, boolean playable) {
        body.element("h3", "Scorecard " + scorecard.scorecardId() + " v" + scorecard.scorecardVersion() + ": "
                + Formats.score(scorecard.totalScore())
                + (scorecard.autoFail() ? " (auto-failed; " + Formats.score(scorecard.scoreBeforeAutoFail())
                        + " before the critical miss)" : ""));
        body.open("p", "class", "sections");
        for (SectionScore section : scorecard.sections()) {
            body.element("span", section.title() + " " + Formats.score(section.score())
                    + " (weight " + Formats.number(section.weight(), 0) + ")", "class", "badge");
        }
        body.close("p");
        body.open("table", "class", "criteria").open("tr").element("th", "Question").element("th", "Answer")
                .element("th", "Points", "class", "number").element("th", "Detail").element("th", "When")
                .element("th", "Evidence (redacted)").element("th", "Your verdict").close("tr");
        for (CriterionAnswer criterion : scorecard.criteria()) {
            body.open("tr", "class", "criterion")
                    .open("td").text(criterion.question());
            if (criterion.critical()) {
                body.element("span", "critical", "class", "badge auto-fail");
            }
            body.close("td")
                    .element("td", criterion.answer(), "class", "answer-" + criterion.answer())
                    .element("td", Formats.number(criterion.points(), 0) + " / "
                            + Formats.number(criterion.possiblePoints(), 0), "class", "number")
                    .element("td", criterion.detail());
            timeCell(body, criterion.evidence(), playable);
            evidenceCell(body, criterion.evidence());
            verdictCell(body, callId, ItemKind.QUESTION, criterion.criterionId(), criterion.answer());
            body.close("tr");
        }
        body.close("table");
    }

    /** The evidence's time, with a button that plays the recording from there when the call has one. */
    private static void timeCell(Html body, Evidence evidence, boolean playable) {
        body.open("td", "class", "time").text(Formats.span(evidence.startMillis(), evidence.endMillis()));
        if (playable && evidence.startMillis() != null) {
            body.element("button", "▶", "type", "button", "class", "play", "title", "Play from "
                    + Formats.offset(evidence.startMillis()), "data-seek", Formats.seconds(evidence.startMillis()));
        }
        body.close("td");
    }

    /** Agree or disagree with the automatic answer (a flag reason or a question's answer), and a note. */
    private static void verdictCell(Html body, String callId, ItemKind kind, String item, String automaticAnswer) {
        body.open("td").open("select", "class", "verdict", "data-call", callId, "data-kind", kind.label(),
                        "data-item", item, "data-answer", automaticAnswer, "aria-label", "verdict on " + item)
                .element("option", "—", "value", "")
                .element("option", "agree", "value", "agree")
                .element("option", "disagree", "value", "disagree")
                .close("select")
                .open("input", "class", "note", "type", "text", "placeholder", "note", "aria-label", "note on " + item)
                .close("td");
    }

    static void evidenceCell(Html body, Evidence evidence) {
        body.open("td");
        if (evidence.text() != null && !evidence.text().isBlank()) {
            body.element("span", evidence.text(), "class", "evidence");
        }
        body.close("td");
    }
}
