package io.callqa.transcribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import io.callqa.line.LineReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallMetricsCalculatorTest {
    private final CallMetricsCalculator calculator = new CallMetricsCalculator(500, 300);

    @Test
    void computesTalkSilenceOvertalkAndInterruptionsExactly() {
        // Agent: 1.0–3.0 s and 9.0–12.0 s; customer: 3.5–6.0 s, then 11.0–14.0 s (starts over the agent: 1 s of overtalk)
        // and a 100 ms "mm" at 9.5 s that overlaps too briefly to count as an interruption.
        CallTranscript transcript = new CallTranscript(List.of(
                utterance(Role.AGENT, 0, 1000, 3000, 4),
                utterance(Role.CUSTOMER, 1, 3500, 6000, 5),
                utterance(Role.AGENT, 0, 9000, 12000, 6),
                utterance(Role.CUSTOMER, 1, 9500, 9600, 1),
                utterance(Role.CUSTOMER, 1, 11000, 14000, 6)),
                15000, 2, 8000, "mulaw");

        CallMetrics metrics = calculator.calculate(transcript);

        assertThat(metrics.durationMillis()).isEqualTo(15000);
        assertThat(metrics.agentTalkMillis()).isEqualTo(5000);
        assertThat(metrics.customerTalkMillis()).isEqualTo(2500 + 100 + 3000);
        // Anyone: 1.0–3.0, 3.5–6.0 (merged with the first: the gap is 500 ms), 9.0–14.0.
        assertThat(metrics.talkMillis()).isEqualTo(5000 + 5000);
        assertThat(metrics.nonTalkMillis()).isEqualTo(5000);
        assertThat(metrics.longestSilenceMillis()).isEqualTo(3000);
        assertThat(metrics.longestSilenceStartMillis()).isEqualTo(6000);
        assertThat(metrics.overtalkMillis()).isEqualTo(100 + 1000);
        assertThat(metrics.overtalkCount()).isEqualTo(1);
        assertThat(metrics.customerInterruptions()).isEqualTo(1);
        assertThat(metrics.agentInterruptions()).isZero();
        assertThat(metrics.agentWords()).isEqualTo(10);
        assertThat(metrics.customerWords()).isEqualTo(12);
        assertThat(metrics.agentWordsPerMinute()).isEqualTo(120.0);
        assertThat(metrics.words()).isEqualTo(22);
    }

    @Test
    void creditsAnInterruptionToWhoeverStartedTalkingOverTheOther() {
        CallTranscript transcript = new CallTranscript(List.of(
                utterance(Role.CUSTOMER, 1, 0, 4000, 8),
                utterance(Role.AGENT, 0, 3000, 5000, 4)),
                5000, 2, 8000, "pcm_s16le");

        CallMetrics metrics = calculator.calculate(transcript);

        assertThat(metrics.agentInterruptions()).isEqualTo(1);
        assertThat(metrics.customerInterruptions()).isZero();
        assertThat(metrics.overtalkMillis()).isEqualTo(1000);
    }

    @Test
    void leavesPerRoleValuesEmptyForMonoRecordings() {
        CallTranscript transcript = new CallTranscript(List.of(utterance(Role.UNKNOWN, 0, 500, 2500, 5)),
                3000, 1, 8000, "pcm_s16le");

        CallMetrics metrics = calculator.calculate(transcript);

        assertThat(metrics.talkMillis()).isEqualTo(2000);
        assertThat(metrics.agentTalkMillis()).isNull();
        assertThat(metrics.customerInterruptions()).isNull();
        assertThat(metrics.agentWordsPerMinute()).isNull();
        assertThat(metrics.overtalkMillis()).isNull();
        assertThat(metrics.words()).isEqualTo(5);
    }

    @Test
    void countsTalkPerRoleOfAMonoRecordingFromTheSeparatedVoicesButLeavesOvertalkUnknown() {
        // The separated segments may touch or overlap by a few ms at a turn change: that is not overtalk on one channel.
        CallTranscript transcript = new CallTranscript(List.of(
                utterance(Role.AGENT, 0, 500, 2500, 4), utterance(Role.CUSTOMER, 0, 2400, 4000, 3)),
                5000, 1, 8000, "mulaw", LineReport.untouched(1), SpeakerSeparation.byModel(2));

        CallMetrics metrics = calculator.calculate(transcript);

        assertThat(metrics.agentTalkMillis()).isEqualTo(2000);
        assertThat(metrics.customerTalkMillis()).isEqualTo(1600);
        assertThat(metrics.agentWords()).isEqualTo(4);
        assertThat(metrics.customerWords()).isEqualTo(3);
        assertThat(metrics.agentWordsPerMinute()).isEqualTo(4 * 60_000.0 / 2000);
        assertThat(metrics.overtalkMillis()).isNull();
        assertThat(metrics.overtalkCount()).isNull();
        assertThat(metrics.agentInterruptions()).isNull();
        assertThat(metrics.customerInterruptions()).isNull();
    }

    @Test
    void aCallWithoutSpeechIsOneSilence() {
        CallMetrics metrics = calculator.calculate(new CallTranscript(List.of(), 7000, 2, 8000, "mulaw"));

        assertThat(metrics.talkMillis()).isZero();
        assertThat(metrics.nonTalkMillis()).isEqualTo(7000);
        assertThat(metrics.longestSilenceMillis()).isEqualTo(7000);
        assertThat(metrics.agentWordsPerMinute()).isNull();
    }

    /** Evenly spaced words with 100 ms pauses, so that words merge into one stretch of talk. */
    private static Utterance utterance(Role role, int channel, long start, long end, int wordCount) {
        List<Word> words = new ArrayList<>();
        long slot = (end - start) / wordCount;
        for (int index = 0; index < wordCount; index++) {
            long wordStart = start + index * slot;
            long wordEnd = index == wordCount - 1 ? end : wordStart + Math.max(1, slot - 100);
            words.add(new Word("w" + index, wordStart, wordEnd, 0.9));
        }
        return new Utterance(role, channel, start, end, words);
    }
}
