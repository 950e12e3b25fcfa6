package io.callqa.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedMetricsTest {
    @Test
    void countsAPausedTurnPairAsOneStretchOfTalkWhenThePauseIsShort() {
        ExpectedMetrics metrics = ExpectedMetrics.of(turns(
                agent(0, 1000), agent(1500, 2000), customer(2600, 3000)), 4000);

        assertThat(metrics.agentTalkMillis()).isEqualTo(2000);
        assertThat(metrics.customerTalkMillis()).isEqualTo(400);
        assertThat(metrics.talkMillis()).isEqualTo(2400);
    }

    @Test
    void countsOnlySpeechWhenThePauseIsLongerThanTheTalkGap() {
        ExpectedMetrics metrics = ExpectedMetrics.of(turns(agent(0, 1000), agent(1501, 2000)), 3000);

        assertThat(metrics.agentTalkMillis()).isEqualTo(1499);
        assertThat(metrics.customerTalkMillis()).isZero();
    }

    @Test
    void findsTheLongestSilenceBetweenSpeech() {
        ExpectedMetrics metrics = ExpectedMetrics.of(turns(
                agent(500, 2000), customer(2600, 3000), agent(3600, 4000), agent(10000, 11000)), 12000);

        assertThat(metrics.longestSilenceMillis()).isEqualTo(6000);
        assertThat(metrics.longestSilenceStartMillis()).isEqualTo(4000);
    }

    @Test
    void doesNotCountPausesWithinTheTalkGapAsSilence() {
        ExpectedMetrics metrics = ExpectedMetrics.of(turns(agent(500, 2000), customer(2400, 3000)), 4000);

        assertThat(metrics.longestSilenceMillis()).isZero();
    }

    @Test
    void creditsAnInterruptionToWhoeverStartedLater() {
        ExpectedMetrics customerCutsIn = ExpectedMetrics.of(turns(agent(0, 3000), customer(2000, 4000)), 5000);
        ExpectedMetrics agentCutsIn = ExpectedMetrics.of(turns(customer(0, 3000), agent(1000, 1500)), 5000);

        assertThat(customerCutsIn.overtalkCount()).isEqualTo(1);
        assertThat(customerCutsIn.customerInterruptions()).isEqualTo(1);
        assertThat(customerCutsIn.agentInterruptions()).isZero();
        assertThat(customerCutsIn.overtalkMillis()).isEqualTo(1000);
        assertThat(agentCutsIn.agentInterruptions()).isEqualTo(1);
        assertThat(agentCutsIn.customerInterruptions()).isZero();
    }

    @Test
    void ignoresOverlapsShorterThanTheMinimumButCountsTheirTime() {
        ExpectedMetrics metrics = ExpectedMetrics.of(turns(agent(0, 3000), customer(2800, 4000)), 5000);

        assertThat(metrics.overtalkCount()).isZero();
        assertThat(metrics.overtalkMillis()).isEqualTo(200);
    }

    private static List<TimedTurn> turns(TimedTurn... turns) {
        List<TimedTurn> indexed = new ArrayList<>();
        for (int index = 0; index < turns.length; index++) {
            TimedTurn turn = turns[index];
            indexed.add(new TimedTurn(index, turn.party(), turn.channel(), turn.text(), turn.startMillis(),
                    turn.endMillis()));
        }
        return indexed;
    }

    private static TimedTurn agent(long start, long end) {
        return new TimedTurn(0, Party.AGENT, 0, "agent speaks", start, end);
    }

    private static TimedTurn customer(long start, long end) {
        return new TimedTurn(0, Party.CUSTOMER, 1, "customer speaks", start, end);
    }
}
