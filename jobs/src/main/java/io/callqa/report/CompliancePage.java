package io.callqa.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compliance: adherence per rule, team, agent and week, with the failing calls, and the rule and rule pack versions the
 * figures come from, so that an auditor can reproduce them.
 */
final class CompliancePage {
    /** Below this adherence a figure is shown in red. */
    private static final double LOW_ADHERENCE = 0.8;
    /** A row names at most this many failing calls; the table compliance_audit holds them all. */
    private static final int FAILING_CALLS_SHOWN = 10;

    private CompliancePage() {}

    static String render(ReportData data) {
        List<RuleAdherence> rows = data.compliance();
        Set<String> queued = data.reviewQueue().stream().map(FlaggedCall::callId).collect(Collectors.toSet());
        Html body = new Html();
        body.element("h1", "Compliance");
        body.element("p", "How often each required or prohibited rule was kept, by week, team and agent. "
                + "Adherence = calls that passed / calls the rule applied to.", "class", "lead");
        renderRulePacks(body, rows);

        List<LocalDate> weeks = rows.stream().map(RuleAdherence::weekStart).distinct().sorted().toList();
        List<String> rules = rows.stream().map(RuleAdherence::ruleId).distinct().sorted().toList();
        List<ChartSeries> series = new ArrayList<>();
        for (String rule : rules) {
            Map<LocalDate, Totals> byWeek = totals(rows.stream().filter(row -> row.ruleId().equals(rule)).toList(),
                    RuleAdherence::weekStart);
            series.add(new ChartSeries(rule, weeks.stream()
                    .map(week -> byWeek.containsKey(week) ? byWeek.get(week).rate() : null).toList()));
        }
        body.element("h2", "Adherence per rule and week, all teams");
        body.markup(new SvgLineChart("adherence-by-rule", "Adherence per rule", weeks.stream().map(LocalDate::toString)
                .toList(), series, ValueFormat.PERCENT).render());

        body.element("h2", "Per rule");
        body.open("table", "class", "rules").open("tr").element("th", "Rule").element("th", "Version")
                .element("th", "Severity").element("th", "Applicable", "class", "number")
                .element("th", "Failed", "class", "number").element("th", "Adherence", "class", "number").close("tr");
        Map<String, Totals> byRule = totals(rows, RuleAdherence::ruleId);
        for (String rule : rules) {
            RuleAdherence sample = rows.stream().filter(row -> row.ruleId().equals(rule))
                    .max(Comparator.comparing(RuleAdherence::weekStart)).orElseThrow();
            Totals totals = byRule.get(rule);
            body.open("tr").element("td", rule).element("td", sample.ruleVersion()).element("td", sample.severity())
                    .element("td", Long.toString(totals.applicable()), "class", "number")
                    .element("td", Long.toString(totals.failed()), "class", "number");
            rateCell(body, totals.rate());
            body.close("tr");
        }
        body.close("table");

        body.element("h2", "Per team and week");
        body.open("table", "class", "team-weeks").open("tr").element("th", "Week").element("th", "Team")
                .element("th", "Rule").element("th", "Applicable", "class", "number")
                .element("th", "Failed", "class", "number").element("th", "Adherence", "class", "number").close("tr");
        Map<List<String>, Totals> byTeamWeek = totals(rows,
                row -> List.of(row.weekStart().toString(), row.team(), row.ruleId()));
        byTeamWeek.entrySet().stream()
                .sorted(Comparator.<Map.Entry<List<String>, Totals>, String>comparing(entry -> entry.getKey().get(0))
                        .reversed().thenComparing(entry -> entry.getKey().get(1))
                        .thenComparing(entry -> entry.getKey().get(2)))
                .forEach(entry -> {
                    body.open("tr").element("td", entry.getKey().get(0)).element("td", entry.getKey().get(1))
                            .element("td", entry.getKey().get(2))
                            .element("td", Long.toString(entry.getValue().applicable()), "class", "number")
                            .element("td", Long.toString(entry.getValue().failed()), "class", "number");
                    rateCell(body, entry.getValue().rate());
                    body.close("tr");
                });
        body.close("table");

        body.element("h2", "Agents with failed calls");
        List<RuleAdherence> failures = rows.stream().filter(row -> row.failedCalls() > 0)
                .sorted(Comparator.comparing(RuleAdherence::weekStart).reversed()
                        .thenComparing(RuleAdherence::team).thenComparing(RuleAdherence::agentName)
                        .thenComparing(RuleAdherence::ruleId))
                .toList();
        if (failures.isEmpty()) {
            body.element("p", "No rule was failed.", "class", "muted");
        } else {
            body.open("table", "class", "agent-failures").open("tr").element("th", "Week").element("th", "Team")
                    .element("th", "Agent").element("th", "Rule").element("th", "Failed", "class", "number")
                    .element("th", "Adherence", "class", "number").element("th", "Failing calls").close("tr");
            for (RuleAdherence row : failures) {
                body.open("tr", "class", "agent-failure").element("td", row.weekStart().toString())
                        .element("td", row.team()).element("td", row.agentName() + " (" + row.agentId() + ")")
                        .element("td", row.ruleId())
                        .element("td", row.failedCalls() + " of " + row.applicableCalls(), "class", "number");
                rateCell(body, row.adherenceRate());
                body.open("td");
                for (String callId : row.failingCallIds().subList(0, Math.min(FAILING_CALLS_SHOWN, row.failingCallIds().size()))) {
                    // A failing call that is also in the review queue links to its evidence there.
                    if (queued.contains(callId)) {
                        body.element("a", callId, "href", PageLayout.REVIEW_QUEUE + "#" + ReviewQueuePage.anchor(callId),
                                "class", "call-link");
                    } else {
                        body.element("span", callId, "class", "call-id");
                    }
                    body.text(" ");
                }
                if (row.failingCallIds().size() > FAILING_CALLS_SHOWN) {
                    body.element("span", "and " + (row.failingCallIds().size() - FAILING_CALLS_SHOWN) + " more",
                            "class", "muted");
                }
                body.close("td").close("tr");
            }
            body.close("table");
        }
        CalibrationSection.render(body, data.calibration());
        return PageLayout.render(PageLayout.COMPLIANCE, "Compliance", body.toString(), data);
    }

    private static void renderRulePacks(Html body, List<RuleAdherence> rows) {
        Set<String> packs = new TreeSet<>();
        rows.forEach(row -> packs.add(row.rulePackId() + " version " + row.rulePackVersion() + " (SHA-256 "
                + (row.rulePackHash() == null ? "?" : row.rulePackHash().substring(0, Math.min(12, row.rulePackHash().length())))
                + "…)"));
        body.open("p", "class", "rule-packs").text("Rule pack" + (packs.size() == 1 ? ": " : "s: "))
                .text(packs.isEmpty() ? "none yet" : String.join("; ", packs)).close("p");
    }

    private static void rateCell(Html body, Double rate) {
        body.element("td", Formats.percent(rate),
                "class", rate != null && rate < LOW_ADHERENCE ? "number rate-low" : "number");
    }

    private static <K> Map<K, Totals> totals(List<RuleAdherence> rows, Function<RuleAdherence, K> key) {
        Map<K, Totals> totals = new TreeMap<>(Comparator.comparing(Object::toString));
        rows.forEach(row -> totals.merge(key.apply(row), new Totals(row.applicableCalls(), row.failedCalls()), Totals::plus));
        return totals;
    }

    private record Totals(long applicable, long failed) {
        Totals plus(Totals other) {
            return new Totals(applicable + other.applicable, failed + other.failed);
        }

        Double rate() {
            return applicable == 0 ? null : (applicable - failed) / (double) applicable;
        }
    }
}
