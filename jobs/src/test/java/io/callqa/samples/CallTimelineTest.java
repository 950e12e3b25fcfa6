package io.callqa.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallTimelineTest {
    @Test
    void placesTurnsAfterTheirGapsOnTheirPartysChannel() {
        List<TimedTurn> turns = CallTimeline.layOut(script(1,
                Turn.agent("Hello.").after(500),
                Turn.customer("Hi."),
                Turn.agent("How can I help?").after(200)), List.of(1000L, 400L, 1500L));

        assertThat(turns).extracting(TimedTurn::startMillis).containsExactly(500L, 2100L, 2700L);
        assertThat(turns).extracting(TimedTurn::endMillis).containsExactly(1500L, 2500L, 4200L);
        assertThat(turns).extracting(TimedTurn::channel).containsExactly(1, 0, 1);
    }

    @Test
    void startsAnOverlappingTurnBeforeThePreviousOneEnds() {
        List<TimedTurn> turns = CallTimeline.layOut(script(0,
                Turn.agent("I'm blocking the card now.").after(500),
                Turn.customer("Wait, one question.").overlapping(700)), List.of(3000L, 1200L));

        assertThat(turns.get(1).startMillis()).isEqualTo(2800);
        assertThat(turns.get(1).endMillis()).isEqualTo(4000);
    }

    @Test
    void refusesAPartyTalkingOverItself() {
        CallScript script = script(0,
                Turn.agent("One.").after(500),
                Turn.customer("Two.").overlapping(200),
                Turn.agent("Three.").overlapping(100));

        assertThatThrownBy(() -> CallTimeline.layOut(script, List.of(1000L, 250L, 500L)))
                .isInstanceOf(SampleGenerationException.class)
                .hasMessage("Cannot lay out call test: turn 2 would start while the agent is still speaking turn 0");
    }

    @Test
    void refusesAnOverlapLongerThanThePreviousTurn() {
        CallScript script = script(0, Turn.agent("Yes.").after(500), Turn.customer("Well.").overlapping(900));

        assertThatThrownBy(() -> CallTimeline.layOut(script, List.of(600L, 800L)))
                .isInstanceOf(SampleGenerationException.class)
                .hasMessage("Cannot lay out call test: turn 1 overlaps turn 0 by 900 ms, but turn 0 lasts only 600 ms");
    }

    private static CallScript script(int agentChannel, Turn... turns) {
        return new CallScript("test", "A100", Instant.parse("2026-11-02T09:00:00Z"), "cards", "inbound", "K-1",
                agentChannel, "slt", "awb", List.of(turns));
    }
}
