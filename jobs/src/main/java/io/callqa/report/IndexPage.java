package io.callqa.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The overview: the headline figures of the latest week and a way into each page. */
final class IndexPage {
    private IndexPage() {}

    static String render(ReportData data) {
        Html body = new Html();
        body.element("h1", "Call quality report");
        body.element("p", "Scored from the tables under " + data.outputRoot() + ".", "class", "lead");

        long priorityOne = data.reviewQueue().stream().filter(call -> call.priority() == 1).count();
        long calibration = data.reviewQueue().stream().filter(FlaggedCall::calibrationSample).count();
        Optional<LocalDate> latestWeek = data.trends().stream().map(TeamWeek::weekStart).max(Comparator.naturalOrder());
        List<TeamWeek> latest = latestWeek.map(week -> data.trends().stream()
                .filter(row -> row.weekStart().equals(week)).toList()).orElse(List.of());
        long calls = latest.stream().mapToLong(TeamWeek::calls).sum();
        Double meanScore = weightedMean(latest);

        body.open("div", "class", "cards");
        card(body, PageLayout.REVIEW_QUEUE, "QA review queue", Long.toString(data.flaggedCallsTotal()),
                priorityOne + " at priority 1, " + calibration + " calibration");
        card(body, PageLayout.COMPLIANCE, "Compliance", Long.toString(data.compliance().stream()
                .mapToLong(RuleAdherence::failedCalls).sum()), "failed rule checks, recent weeks");
        card(body, PageLayout.TRAINERS, "Calls, week of " + latestWeek.map(LocalDate::toString).orElse("—"),
                Long.toString(calls), "mean score " + Formats.score(meanScore));
        card(body, PageLayout.TRAINERS + "#coaching", "Coaching targets",
                Long.toString(data.coachingTargets().size()), "agent × question");
        calibrationCards(body, data.calibration());
        body.close("div");

        renderLatestWeek(body, data.trends(), latestWeek);

        body.element("h2", "Pages");
        body.open("ul", "class", "pages")
                .open("li").element("a", "QA review queue", "href", PageLayout.REVIEW_QUEUE)
                .text(": flagged calls by priority with reasons, redacted evidence and the scored scorecard; "
                        + "the calibration sample marked.").close("li")
                .open("li").element("a", "Compliance", "href", PageLayout.COMPLIANCE)
                .text(": adherence per rule, team, agent and week, the failing calls, rule and pack versions.").close("li")
                .open("li").element("a", "Trainers", "href", PageLayout.TRAINERS)
                .text(": team trends, call drivers, emerging terms and coaching targets with example calls.").close("li")
                .close("ul");
        return PageLayout.render(PageLayout.INDEX, "Overview", body.toString(), data);
    }

    /** Each team's latest week beside the week before, so that a change stands out without opening a chart. */
    private static void renderLatestWeek(Html body, List<TeamWeek> trends, Optional<LocalDate> latestWeek) {
        if (latestWeek.isEmpty()) {
            return;
        }
        body.element("h2", "Week of " + latestWeek.get() + " by team");
        body.open("table", "class", "latest-week").open("tr").element("th", "Team")
                .element("th", "Calls", "class", "number").element("th", "Mean score", "class", "number")
                .element("th", "Adherence", "class", "number").element("th", "Escalations", "class", "number")
                .element("th", "Cancellations", "class", "number").element("th", "Customer sentiment", "class", "number")
                .element("th", "Handle time", "class", "number").close("tr");
        trends.stream().filter(week -> week.weekStart().equals(latestWeek.get()))
                .sorted(Comparator.comparing(TeamWeek::team))
                .forEach(week -> {
                    Optional<TeamWeek> before = trends.stream().filter(other -> other.team().equals(week.team())
                            && other.weekStart().equals(week.weekStart().minusWeeks(1))).findFirst();
                    body.open("tr").element("td", week.team())
                            .element("td", Long.toString(week.calls()), "class", "number");
                    changeCell(body, Formats.score(week.meanScore()), week, before, TeamWeek::meanScore, false);
                    changeCell(body, Formats.percent(week.adherenceRate()), week, before, TeamWeek::adherenceRate, true);
                    changeCell(body, Formats.percent(week.escalationRate()), week, before, TeamWeek::escalationRate, true);
                    changeCell(body, Formats.percent(week.cancellationRate()), week, before, TeamWeek::cancellationRate, true);
                    changeCell(body, Formats.number(week.meanCustomerSentiment(), 2), week, before,
                            TeamWeek::meanCustomerSentiment, false);
                    changeCell(body, Formats.number(week.averageHandleTimeSeconds(), 0) + " s", week, before,
                            TeamWeek::averageHandleTimeSeconds, false);
                    body.close("tr");
                });
        body.close("table");
    }

    private static void changeCell(Html body, String value, TeamWeek week, Optional<TeamWeek> before,
            java.util.function.Function<TeamWeek, Double> measure, boolean rate) {
        Double now = measure.apply(week);
        Double then = before.map(measure).orElse(null);
        body.open("td", "class", "number").text(value);
        if (now != null && then != null) {
            body.element("span", " (" + Formats.change(now - then, rate) + ")", "class", "muted");
        }
        body.close("td");
    }

    /** The calibration sample's miss rate and the flags' precision over every reason, as reviewers judged them. */
    private static void calibrationCards(Html body, List<CalibrationFigure> figures) {
        String link = PageLayout.COMPLIANCE + "#calibration";
        CalibrationSection.missRate(figures).ifPresentOrElse(
                miss -> card(body, link, "Flags' miss rate", Formats.percent(miss.rate()),
                        "95% interval " + Formats.percent(miss.rateLow()) + "–" + Formats.percent(miss.rateHigh())
                                + ", " + miss.reviewed() + " calibration calls reviewed"),
                () -> card(body, link, "Flags' miss rate", "—", "no calibration call reviewed yet"));
        List<CalibrationFigure> precision = figures.stream()
                .filter(figure -> figure.measure().equals(CalibrationFigure.FLAG_PRECISION)).toList();
        long reviewed = precision.stream().mapToLong(CalibrationFigure::reviewed).sum();
        long agreed = precision.stream().mapToLong(CalibrationFigure::agreed).sum();
        card(body, link, "Flag precision", reviewed == 0 ? "—" : Formats.percent(agreed / (double) reviewed),
                reviewed == 0 ? "no flag reviewed yet" : agreed + " of " + reviewed + " reviewed flags deserved");
    }

    private static void card(Html body, String link, String title, String value, String detail) {
        body.open("div", "class", "card").open("a", "href", link).element("div", title, "class", "muted")
                .element("div", value, "class", "value").close("a").element("div", detail, "class", "muted")
                .close("div");
    }

    private static Double weightedMean(List<TeamWeek> weeks) {
        double weighted = 0;
        long calls = 0;
        for (TeamWeek week : weeks) {
            if (week.meanScore() != null) {
                weighted += week.meanScore() * week.calls();
                calls += week.calls();
            }
        }
        return calls == 0 ? null : weighted / calls;
    }
}
