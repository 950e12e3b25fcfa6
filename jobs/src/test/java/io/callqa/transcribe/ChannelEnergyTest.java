package io.callqa.transcribe;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.testing.WavWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelEnergyTest {
    private static final int RATE = 16000;

    @Test
    void movesWordEdgesTheRecognizerPlacedInSilenceOntoTheSpeech() {
        // Silence, then "speech" (a loud tone) from 1.00 s to 2.00 s, then silence.
        short[] channel = new short[3 * RATE];
        short[] tone = WavWriter.sine(RATE, 300, 1.0, 8000);
        System.arraycopy(tone, 0, channel, RATE, tone.length);
        Utterance early = new Utterance(Role.AGENT, 0, 940, 2090, List.of(
                new Word("hello", 940, 1500, 0.9), new Word("there", 1500, 2090, 0.9)));

        Utterance tightened = ChannelEnergy.of(channel, RATE, false).tighten(List.of(early)).get(0);

        assertThat(tightened.startMillis()).isEqualTo(1000);
        assertThat(tightened.endMillis()).isEqualTo(2000);
        assertThat(tightened.words()).extracting(Word::startMillis, Word::endMillis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1000L, 1500L), org.assertj.core.groups.Tuple.tuple(1500L, 2000L));
    }

    @Test
    void neverMovesAnEdgeFurtherThanTheRecognizerCouldBeOff() {
        short[] channel = new short[3 * RATE];
        short[] tone = WavWriter.sine(RATE, 300, 0.5, 8000);
        System.arraycopy(tone, 0, channel, 2 * RATE, tone.length);
        Utterance farOff = new Utterance(Role.CUSTOMER, 1, 1000, 2500, List.of(new Word("hi", 1000, 2500, 0.5)));

        Utterance tightened = ChannelEnergy.of(channel, RATE, false).tighten(List.of(farOff)).get(0);

        assertThat(tightened.startMillis()).isEqualTo(1150);
        assertThat(tightened.endMillis()).isEqualTo(2500);
    }

    @Test
    void dropsWordsFarQuieterThanThePartyOnlyWhereTheChannelHadInterference() {
        // The party speaks loudly from 0.5 to 1.5 s; background talk 20 dB down from 2.0 to 2.5 s.
        short[] channel = new short[3 * RATE];
        short[] loud = WavWriter.sine(RATE, 300, 1.0, 8000);
        short[] background = WavWriter.sine(RATE, 300, 0.5, 800);
        System.arraycopy(loud, 0, channel, RATE / 2, loud.length);
        System.arraycopy(background, 0, channel, 2 * RATE, background.length);
        List<Utterance> heard = List.of(
                new Utterance(Role.CUSTOMER, 1, 500, 1500, List.of(new Word("yes", 500, 1500, 0.9))),
                new Utterance(Role.CUSTOMER, 1, 2000, 2500, List.of(new Word("the", 2000, 2500, 0.6))));

        assertThat(ChannelEnergy.of(channel, RATE, true).tighten(heard)).extracting(Utterance::text)
                .containsExactly("yes");
        assertThat(ChannelEnergy.of(channel, RATE, false).tighten(heard)).extracting(Utterance::text)
                .containsExactly("yes", "the");
    }
}
