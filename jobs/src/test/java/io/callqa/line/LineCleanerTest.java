package io.callqa.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.WavDecoder;
import io.callqa.samples.LineSounds;
import io.callqa.testing.CallqaTestHome;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line cleaning on the sample calls (real two-channel recordings of synthetic speech, 8 kHz μ-law) with leaks,
 * tones, music and a quiet party added here with known levels and places. c001's timeline (samples/ground_truth.jsonl):
 * the agent alone 0.5–7.86 s, the customer alone 8.46–11.39 s, the customer over the agent 22.89–23.89 s.
 */
class LineCleanerTest {
    private static final int RATE = 8000;
    private static final DecodedAudio C001 = decode("c001");
    private static final short[] AGENT = C001.channel(0);
    private static final short[] CUSTOMER = C001.channel(1);

    @Test
    void leavesACleanRecordingExactlyAsItWas() {
        CleanedAudio cleaned = LineCleaner.clean(C001.channels(), RATE);

        assertThat(cleaned.report().channels()).containsExactly(ChannelCleaning.UNTOUCHED, ChannelCleaning.UNTOUCHED);
        assertThat(cleaned.report().holds()).isEmpty();
        assertThat(cleaned.report().toneStretches()).isEmpty();
        assertThat(cleaned.channels().get(0)).isEqualTo(AGENT);
        assertThat(cleaned.channels().get(1)).isEqualTo(CUSTOMER);
    }

    @Test
    void measuresAndRemovesEachPartysLeakIntoTheOtherChannel() {
        short[] customerWithLeak = mix(CUSTOMER, delayed(AGENT, -25, 40));
        short[] agentWithLeak = mix(AGENT, delayed(CUSTOMER, -30, 25));

        CleanedAudio cleaned = LineCleaner.clean(List.of(agentWithLeak, customerWithLeak), RATE);

        Bleed intoCustomer = cleaned.report().channel(1).bleedIn();
        Bleed intoAgent = cleaned.report().channel(0).bleedIn();
        assertThat(intoCustomer.levelDecibels()).isCloseTo(-25, within(1.0));
        assertThat(intoCustomer.delayMillis()).isCloseTo(40, within(1.0));
        assertThat(intoAgent.levelDecibels()).isCloseTo(-30, within(1.0));
        assertThat(intoAgent.delayMillis()).isCloseTo(25, within(1.0));
        // While only the agent talks, the customer channel held the leak; cleaned, it is down to the line's noise.
        double leakBefore = decibels(customerWithLeak, 1000, 7500);
        double leakAfter = decibels(cleaned.channels().get(1), 1000, 7500);
        assertThat(leakBefore - leakAfter).as("leak suppression in dB").isGreaterThan(15);
        assertThat(leakAfter).isLessThan(decibels(CUSTOMER, 1000, 7500) + 3);
    }

    @Test
    void keepsAPartysOwnSpeechWhenBothTalkAtOnce() {
        short[] customerWithLeak = mix(CUSTOMER, delayed(AGENT, -20, 30));

        CleanedAudio cleaned = LineCleaner.clean(List.of(AGENT, customerWithLeak), RATE);

        // The customer talks over the agent from 22.89 to 23.89 s and alone from 8.46 to 11.39 s.
        assertThat(decibels(cleaned.channels().get(1), 22_900, 23_880))
                .isCloseTo(decibels(CUSTOMER, 22_900, 23_880), within(1.0));
        assertThat(decibels(cleaned.channels().get(1), 8_500, 11_350))
                .isCloseTo(decibels(CUSTOMER, 8_500, 11_350), within(0.5));
    }

    @Test
    void findsAndMutesKeypadTonesAndNothingElse() {
        short[] customer = CUSTOMER.clone();
        // The customer keys 4, 4, 1 in the pause from 11.39 to 11.99 s ... and 7 at 36.5 s.
        long[] starts = {11_400, 11_600, 11_800, 36_500};
        char[] digits = {'4', '4', '1', '7'};
        for (int index = 0; index < starts.length; index++) {
            add(customer, starts[index], LineSounds.keypadTone(digits[index], 90, RATE));
        }

        CleanedAudio cleaned = LineCleaner.clean(List.of(AGENT, customer), RATE);

        List<Stretch> tones = cleaned.report().toneStretches();
        assertThat(tones).hasSize(4);
        for (int index = 0; index < starts.length; index++) {
            assertThat(tones.get(index).startMillis()).isCloseTo(starts[index], within(40L));
            assertThat(tones.get(index).endMillis()).isCloseTo(starts[index] + 90, within(40L));
            assertThat(decibels(cleaned.channels().get(1), starts[index], starts[index] + 90)).isLessThan(-80);
        }
    }

    @Test
    void findsHoldMusicAsHoldAndNeverSpeech() {
        short[] agent = new short[AGENT.length + 8 * RATE];
        // Eight seconds of music where the agent put the customer on hold, after the first turn.
        System.arraycopy(AGENT, 0, agent, 0, 8000 * RATE / 1000);
        add(agent, 8_000, LineSounds.holdMusic(7_000, RATE));
        System.arraycopy(AGENT, 8000 * RATE / 1000, agent, 16_000 * RATE / 1000, AGENT.length - 8000 * RATE / 1000);
        short[] customer = new short[agent.length];
        System.arraycopy(CUSTOMER, 0, customer, 0, 8000 * RATE / 1000);
        System.arraycopy(CUSTOMER, 8000 * RATE / 1000, customer, 16_000 * RATE / 1000, CUSTOMER.length - 8000 * RATE / 1000);

        CleanedAudio cleaned = LineCleaner.clean(List.of(agent, customer), RATE);

        assertThat(cleaned.report().holds()).as("holds").hasSize(1);
        Stretch hold = cleaned.report().holds().get(0);
        assertThat(hold.startMillis()).as(hold.toString()).isCloseTo(8_000, within(300L));
        assertThat(hold.endMillis()).isCloseTo(15_000, within(300L));
        assertThat(decibels(cleaned.channels().get(0), 8_300, 14_700)).isLessThan(-80);
    }

    @Test
    void bringsAQuietPartyToTheCommonLevelAndLeavesTheOtherAlone() {
        short[] quietCustomer = scaled(CUSTOMER, -12);

        CleanedAudio cleaned = LineCleaner.clean(List.of(AGENT, quietCustomer), RATE);

        assertThat(cleaned.report().channel(0)).isEqualTo(ChannelCleaning.UNTOUCHED);
        assertThat(cleaned.report().channel(1).gainDecibels()).isCloseTo(12, within(1.5));
        assertThat(decibels(cleaned.channels().get(1), 8_500, 11_350))
                .isCloseTo(decibels(CUSTOMER, 8_500, 11_350), within(1.5));
    }

    private static DecodedAudio decode(String callId) {
        try {
            return WavDecoder.decode(Files.readAllBytes(CallqaTestHome.home().resolve("samples/calls/" + callId + ".wav")));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read sample call " + callId + ": " + e.getMessage(), e);
        }
    }

    private static short[] delayed(short[] samples, double decibels, long delayMillis) {
        short[] leak = new short[samples.length];
        int delay = (int) (delayMillis * RATE / 1000);
        double gain = Math.pow(10, decibels / 20);
        for (int index = delay; index < samples.length; index++) {
            leak[index] = (short) Math.round(samples[index - delay] * gain);
        }
        return leak;
    }

    private static short[] scaled(short[] samples, double decibels) {
        double gain = Math.pow(10, decibels / 20);
        short[] output = new short[samples.length];
        for (int index = 0; index < samples.length; index++) {
            output[index] = (short) Math.round(samples[index] * gain);
        }
        return output;
    }

    private static short[] mix(short[] first, short[] second) {
        short[] output = new short[first.length];
        for (int index = 0; index < first.length; index++) {
            output[index] = (short) Math.max(-32768, Math.min(32767, first[index] + second[index]));
        }
        return output;
    }

    private static void add(short[] channel, long startMillis, short[] sound) {
        int first = (int) (startMillis * RATE / 1000);
        for (int index = 0; index < sound.length; index++) {
            channel[first + index] = (short) Math.max(-32768, Math.min(32767, channel[first + index] + sound[index]));
        }
    }

    /** Mean power of a stretch, dB against full scale. */
    private static double decibels(short[] samples, long startMillis, long endMillis) {
        double sum = 0;
        int start = (int) (startMillis * RATE / 1000);
        int end = (int) (endMillis * RATE / 1000);
        for (int index = start; index < end; index++) {
            sum += (double) samples[index] * samples[index];
        }
        return 10 * Math.log10(Math.max(sum / (end - start), 1e-3) / (32768.0 * 32768.0));
    }
}
