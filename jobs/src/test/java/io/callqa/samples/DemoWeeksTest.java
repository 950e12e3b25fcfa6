package io.callqa.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo's scripts hold what its pages should show: six weeks, two teams, six agents, two agents with a habit the
 * coaching statistics need at least five calls to see, and a subject that appears only in the last week.
 */
class DemoWeeksTest {
    private final List<CallScript> calls = DemoWeeks.calls();
    private final Map<String, Agent> agents = DemoWeeks.agents().stream()
            .collect(Collectors.toMap(Agent::agentId, agent -> agent));

    @Test
    void coversSixWeeksTwoTeamsAndSixAgents() {
        Set<LocalDate> weeks = calls.stream().map(DemoWeeksTest::week).collect(Collectors.toSet());

        assertThat(weeks).hasSize(6);
        assertThat(agents.values().stream().map(Agent::team).distinct()).containsExactlyInAnyOrder(
                "Everyday Banking", "Card Services");
        assertThat(agents).hasSize(6);
        assertThat(calls).hasSize(40).allSatisfy(call -> assertThat(agents).containsKey(call.agentId()));
        // Every team has calls every week: each trend chart has a line.
        assertThat(calls.stream().map(call -> week(call) + agents.get(call.agentId()).team()).distinct()).hasSize(12);
        assertThat(calls.stream().map(CallScript::callId).distinct()).hasSize(40);
    }

    @Test
    void tomLeavesOutTheDisclosureAndBenTheClosingOftenEnoughForTheTest() {
        assertThat(count("A102", call -> !agentSays(call, "may be recorded"))).isEqualTo(5);
        assertThat(count("A102", call -> true)).isEqualTo(6);
        assertThat(count("A202", call -> agentSays(call, "anything else") || agentSays(call, "thank"))).isZero();
        assertThat(count("A202", call -> true)).isEqualTo(6);
        for (String teammate : List.of("A100", "A101", "A200", "A201")) {
            assertThat(count(teammate, call -> agentSays(call, "may be recorded") && agentSays(call, "anything else")))
                    .as(teammate).isEqualTo(count(teammate, call -> true)).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void theAppComplaintsArriveInTheLastWeekOnly() {
        LocalDate lastWeek = calls.stream().map(DemoWeeksTest::week).max(LocalDate::compareTo).orElseThrow();

        assertThat(calls.stream().filter(call -> customerSays(call, "app"))).allSatisfy(call ->
                assertThat(week(call)).isEqualTo(lastWeek)).hasSizeGreaterThanOrEqualTo(4);
    }

    private long count(String agentId, Predicate<CallScript> condition) {
        return calls.stream().filter(call -> call.agentId().equals(agentId)).filter(condition).count();
    }

    private static boolean agentSays(CallScript call, String words) {
        return call.turns().stream().anyMatch(turn -> turn.party() == Party.AGENT
                && turn.text().toLowerCase().contains(words));
    }

    private static boolean customerSays(CallScript call, String word) {
        return call.turns().stream().anyMatch(turn -> turn.party() == Party.CUSTOMER
                && List.of(turn.text().toLowerCase().split("\\W+")).contains(word));
    }

    private static LocalDate week(CallScript call) {
        return call.startedAt().atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
