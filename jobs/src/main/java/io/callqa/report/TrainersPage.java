package io.callqa.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * For trainers: each team's trends week by week, what customers call about (and which terms are rising), and each
 * agent's coaching targets with example calls.
 */
final class TrainersPage {
    private TrainersPage() {}

    /**
     * One trend chart: which measure of a team's week it plots and how the values read. An optional measure (one that
     * needs data not every call center has) gets no chart until some team has a value.
     */
    record Trend(String id, String title, Function<TeamWeek, Double> measure, ValueFormat format, boolean optional) {
        Trend(String id, String title, Function<TeamWeek, Double> measure, ValueFormat format) {
            this(id, title, measure, format, false);
        }
    }

    static final List<Trend> TRENDS = List.of(
            new Trend("mean-score", "Mean score", TeamWeek::meanScore, ValueFormat.SCORE),
            new Trend("adherence", "Compliance adherence", TeamWeek::adherenceRate, ValueFormat.PERCENT),
            new Trend("escalations", "Escalation rate", TeamWeek::escalationRate, ValueFormat.PERCENT),
            new Trend("cancellations", "Cancellation rate", TeamWeek::cancellationRate, ValueFormat.PERCENT),
            new Trend("sentiment", "Mean customer sentiment (−1 to +1)", TeamWeek::meanCustomerSentiment,
                    ValueFormat.DECIMAL),
            new Trend("silence", "Silence ratio", TeamWeek::silenceRatio, ValueFormat.PERCENT),
            new Trend("handle-time", "Average handle time", TeamWeek::averageHandleTimeSeconds, ValueFormat.SECONDS),
            new Trend("first-contact-resolution", "First contact resolution", TeamWeek::firstContactResolution,
                    ValueFormat.PERCENT, true));

    static String render(ReportData data) {
        Html body = new Html();
        body.element("h1", "Trainers");
        body.element("p", "Team trends by week, what customers call about, and where each agent can improve most.",
                "class", "lead");
        body.element("h2", "Trends per team and week");
        body.open("div", "class", "charts");
        trendCharts(data.trends()).forEach(chart -> body.markup(chart.render()));
        body.close("div");
        renderCallDrivers(body, data.callDrivers());
        renderEmergingTerms(body, data.emergingTerms());
        renderCoaching(body, data.coachingTargets());
        return PageLayout.render(PageLayout.TRAINERS, "Trainers", body.toString(), data);
    }

    /** The trend charts: one line per team over every week; a measure no team has yet (e.g. FCR) is left out. */
    static List<SvgLineChart> trendCharts(List<TeamWeek> trends) {
        List<LocalDate> weeks = trends.stream().map(TeamWeek::weekStart).distinct().sorted().toList();
        List<String> teams = trends.stream().map(TeamWeek::team).distinct().sorted().toList();
        Map<List<Object>, TeamWeek> byTeamAndWeek = trends.stream()
                .collect(Collectors.toMap(week -> List.of(week.team(), week.weekStart()), week -> week, (a, b) -> a));
        List<SvgLineChart> charts = new ArrayList<>();
        for (Trend trend : TRENDS) {
            List<ChartSeries> series = teams.stream().map(team -> new ChartSeries(team, weeks.stream()
                    .map(week -> Optional.ofNullable(byTeamAndWeek.get(List.of(team, week))).map(trend.measure()).orElse(null))
                    .toList())).toList();
            boolean anyValue = series.stream().anyMatch(line -> line.values().stream().anyMatch(Objects::nonNull));
            if (anyValue || !trend.optional()) {
                charts.add(new SvgLineChart(trend.id(), trend.title(), weeks.stream().map(LocalDate::toString).toList(),
                        series, trend.format()));
            }
        }
        return charts;
    }

    private static void renderCallDrivers(Html body, List<CallDriver> drivers) {
        body.element("h2", "Call drivers");
        Optional<LocalDate> latest = drivers.stream().map(CallDriver::weekStart).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            body.element("p", "No call drivers yet.", "class", "muted");
            return;
        }
        body.element("p", "Topics in what customers said in the week of " + latest.get()
                + ", each named by its most telling words; share of the team's calls.", "class", "muted");
        Map<String, List<CallDriver>> byTeam = drivers.stream().filter(driver -> driver.weekStart().equals(latest.get()))
                .sorted(Comparator.comparing(CallDriver::team).thenComparing(CallDriver::callShare, Comparator.reverseOrder()))
                .collect(Collectors.groupingBy(CallDriver::team, LinkedHashMap::new, Collectors.toList()));
        body.open("div", "class", "charts");
        byTeam.forEach((team, topics) -> body.markup(new SvgBarChart("drivers-" + team, team, topics.stream()
                .map(topic -> new SvgBarChart.Bar(String.join(", ", topic.topTerms().subList(0,
                        Math.min(3, topic.topTerms().size()))), topic.callShare()))
                .toList(), ValueFormat.PERCENT).render()));
        body.close("div");
    }

    private static void renderEmergingTerms(Html body, List<EmergingTerm> terms) {
        body.element("h2", "Emerging terms");
        Optional<LocalDate> latest = terms.stream().map(EmergingTerm::weekStart).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            body.element("p", "No emerging terms yet.", "class", "muted");
            return;
        }
        body.element("p", "Words customers used in more calls in the week of " + latest.get() + " than the week before.",
                "class", "muted");
        body.open("table", "class", "emerging-terms").open("tr").element("th", "Rank", "class", "number")
                .element("th", "Term").element("th", "Calls", "class", "number")
                .element("th", "Share", "class", "number").element("th", "Week before", "class", "number")
                .element("th", "Rise", "class", "number").close("tr");
        terms.stream().filter(term -> term.weekStart().equals(latest.get()))
                .sorted(Comparator.comparingInt(EmergingTerm::rank))
                .forEach(term -> body.open("tr", "class", "emerging-term")
                        .element("td", Integer.toString(term.rank()), "class", "number")
                        .element("td", term.term())
                        .element("td", Long.toString(term.calls()), "class", "number")
                        .element("td", Formats.percent(term.share()), "class", "number")
                        .element("td", Formats.percent(term.previousShare()), "class", "number")
                        .element("td", Formats.change(term.rise(), true), "class", "number")
                        .close("tr"));
        body.close("table");
    }

    private static void renderCoaching(Html body, List<CoachingTarget> targets) {
        body.element("h2", "Coaching targets", "id", "coaching");
        if (targets.isEmpty()) {
            body.element("p", "No agent is significantly behind their team on any question.", "class", "muted");
            return;
        }
        body.element("p", "Questions on which an agent meets the standard significantly less often than the rest of "
                + "the team (one-sided test), ranked by the points the agent would gain.", "class", "muted");
        Map<String, List<CoachingTarget>> byAgent = targets.stream()
                .sorted(Comparator.comparing(CoachingTarget::team).thenComparing(CoachingTarget::agentName)
                        .thenComparingInt(CoachingTarget::rank))
                .collect(Collectors.groupingBy(target -> target.agentName() + " (" + target.agentId() + ") · "
                        + target.team(), LinkedHashMap::new, Collectors.toList()));
        byAgent.forEach((agent, agentTargets) -> {
            body.element("h3", agent);
            body.open("table", "class", "coaching").open("tr").element("th", "#", "class", "number")
                    .element("th", "Question").element("th", "Agent", "class", "number")
                    .element("th", "Team", "class", "number").element("th", "p", "class", "number")
                    .element("th", "Points to gain", "class", "number").element("th", "Example calls").close("tr");
            for (CoachingTarget target : agentTargets) {
                body.open("tr", "class", "coaching-target")
                        .element("td", Integer.toString(target.rank()), "class", "number")
                        .element("td", target.question())
                        .element("td", Formats.percent(target.agentRate()) + " of " + target.agentCalls(), "class", "number")
                        .element("td", Formats.percent(target.teamRate()) + " of " + target.teamCalls(), "class", "number")
                        .element("td", Formats.pValue(target.pValue()), "class", "number")
                        .element("td", Formats.number(target.impactPoints(), 1), "class", "number")
                        .open("td");
                for (CoachingExample example : target.examples()) {
                    body.open("div", "class", "example")
                            .element("span", example.callId(), "class", "call-id").text(" ")
                            .element("span", example.callDate() + " " + Formats.offset(example.evidence().startMillis()),
                                    "class", "time")
                            .text(" ");
                    if (example.evidence().text() != null) {
                        body.element("span", example.evidence().text(), "class", "evidence");
                    } else {
                        body.text(example.detail());
                    }
                    body.close("div");
                }
                body.close("td").close("tr");
            }
            body.close("table");
        });
    }
}
