package io.callqa.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.WavDecoder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Needs the flite command (Debian package {@code flite}). */
class CallSynthesizerTest {
    private static final int AGENT_CHANNEL = 1;
    private static final long OVERLAP_MILLIS = 800;
    private static final long TOLERANCE_MILLIS = 50;
    private static final long FRAME_MILLIS = 10;
    /** Line noise is about 16 in 16-bit steps; speech frames at the edges of a clip are several times that. */
    private static final double QUIET_LEVEL = 40;
    private static final double LOUD_LEVEL = 80;

    private static SynthesizedCall call;
    private static DecodedAudio audio;

    @BeforeAll
    static void synthesize() throws Exception {
        CallScript script = new CallScript("test-overlap", "A100", Instant.parse("2026-11-02T09:00:00Z"), "cards",
                "inbound", "K-1", AGENT_CHANNEL, "slt", "awb", List.of(
                Turn.agent("Thank you for calling Northwind Bank, how can I help?").after(500),
                Turn.customer("Hi, I lost my card yesterday.").overlapping(OVERLAP_MILLIS)));
        call = new CallSynthesizer(new TextToSpeech()).synthesize(script);
        audio = WavDecoder.decode(call.wav());
    }

    @Test
    void writesStereoMulawAtTelephoneRate() {
        assertThat(audio.channelCount()).isEqualTo(2);
        assertThat(audio.sampleRate()).isEqualTo(8000);
        assertThat(audio.encoding()).isEqualTo("mulaw");
    }

    @Test
    void lastsAsLongAsTheTimeline() {
        List<TimedTurn> turns = call.groundTruth().turns();
        long lastSpeechEnd = turns.get(1).endMillis();
        assertThat(call.groundTruth().durationMillis())
                .isEqualTo(lastSpeechEnd + CallSynthesizer.TRAILING_SILENCE_MILLIS);
        assertThat(audio.durationMillis()).isEqualTo(call.groundTruth().durationMillis());
        assertThat(audio.frameCount()).isEqualTo(call.groundTruth().durationMillis() * 8);
    }

    @Test
    void placesTheInterruptionBeforeThePreviousTurnEnds() {
        TimedTurn agent = call.groundTruth().turns().get(0);
        TimedTurn customer = call.groundTruth().turns().get(1);
        assertThat(agent.startMillis()).isEqualTo(500);
        assertThat(agent.channel()).isEqualTo(AGENT_CHANNEL);
        assertThat(customer.channel()).isEqualTo(1 - AGENT_CHANNEL);
        assertThat(customer.startMillis()).isEqualTo(agent.endMillis() - OVERLAP_MILLIS);
        assertThat(customer.endMillis()).isGreaterThan(agent.endMillis());
    }

    @Test
    void eachChannelIsLoudExactlyDuringItsTurns() {
        for (int channel = 0; channel < 2; channel++) {
            int channelNumber = channel;
            List<TimedTurn> turns =
                    call.groundTruth().turns().stream().filter(turn -> turn.channel() == channelNumber).toList();
            double[] levels = frameLevels(audio.channel(channel));
            for (int frame = 0; frame < levels.length; frame++) {
                long frameStart = frame * FRAME_MILLIS;
                long frameEnd = frameStart + FRAME_MILLIS;
                boolean nearSpeech = turns.stream().anyMatch(turn -> frameEnd > turn.startMillis() - TOLERANCE_MILLIS
                        && frameStart < turn.endMillis() + TOLERANCE_MILLIS);
                if (!nearSpeech) {
                    assertThat(levels[frame]).as("level at %d ms on channel %d", frameStart, channel)
                            .isLessThan(QUIET_LEVEL);
                }
            }
            for (TimedTurn turn : turns) {
                assertThat(loudShare(levels, turn.startMillis(), turn.startMillis() + TOLERANCE_MILLIS))
                        .as("speech right after the start of turn %d", turn.index()).isPositive();
                assertThat(loudShare(levels, turn.endMillis() - TOLERANCE_MILLIS, turn.endMillis()))
                        .as("speech right before the end of turn %d", turn.index()).isPositive();
                // Pauses between words are quiet too, but a turn is mostly speech.
                assertThat(loudShare(levels, turn.startMillis(), turn.endMillis()))
                        .as("share of loud frames in turn %d", turn.index()).isGreaterThan(0.7);
            }
        }
    }

    @Test
    void lineNoiseKeepsSilenceAboveDigitalZero() {
        for (short[] channel : audio.channels()) {
            double[] levels = frameLevels(channel);
            assertThat(levels[0]).isGreaterThan(0).isLessThan(QUIET_LEVEL);
        }
    }

    @Test
    void creditsTheOvertalkToTheCustomerWhoInterrupted() {
        ExpectedMetrics metrics = call.groundTruth().metrics();
        assertThat(metrics.overtalkCount()).isEqualTo(1);
        assertThat(metrics.overtalkMillis()).isEqualTo(OVERLAP_MILLIS);
        assertThat(metrics.interruptionsBy(Party.CUSTOMER)).isEqualTo(1);
        assertThat(metrics.interruptionsBy(Party.AGENT)).isZero();
    }

    private static double[] frameLevels(short[] samples) {
        return SilenceTrimmer.frameLevels(samples, (int) (audio.sampleRate() * FRAME_MILLIS / 1000));
    }

    /** The share of whole frames between the two times that are louder than {@link #LOUD_LEVEL}. */
    private static double loudShare(double[] levels, long startMillis, long endMillis) {
        int first = (int) -Math.floorDiv(-startMillis, FRAME_MILLIS);
        int end = (int) Math.min(levels.length, endMillis / FRAME_MILLIS);
        long loud = 0;
        for (int frame = first; frame < end; frame++) {
            loud += levels[frame] > LOUD_LEVEL ? 1 : 0;
        }
        return (double) loud / (end - first);
    }
}
