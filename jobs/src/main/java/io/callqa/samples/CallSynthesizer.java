package io.callqa.samples;

import io.callqa.audio.SeededDither;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a script into a two-channel telephone recording: each turn spoken by its party's voice, placed on the
 * timeline on that party's channel, over a faint line noise, encoded as 8 kHz G.711 μ-law.
 *
 * <p>The μ-law round trip is deliberate: it degrades the speech the way a phone network does, so the recognizer
 * makes the kind of errors it makes on real calls.
 */
public final class CallSynthesizer {
    public static final long TRAILING_SILENCE_MILLIS = 700;
    /**
     * A real line is never digitally silent, and the pipeline must not come to rely on silence being zeros. About
     * -66 dBFS: above μ-law's smallest step, far below speech.
     */
    private static final double LINE_NOISE_STANDARD_DEVIATION = 16;
    private static final int SAMPLES_PER_MILLISECOND = TextToSpeech.SAMPLE_RATE / 1000;

    private final TextToSpeech textToSpeech;

    public CallSynthesizer(TextToSpeech textToSpeech) {
        this.textToSpeech = textToSpeech;
    }

    public SynthesizedCall synthesize(CallScript script) {
        return synthesize(script, LineCondition.CLEAN);
    }

    /** The call as recorded over a line with the given condition (bleed, noise, codec, hold music, ...). */
    public SynthesizedCall synthesize(CallScript originalScript, LineCondition condition) {
        CallScript script = LineSimulator.reshape(originalScript, condition);
        List<SpeechClip> clips = new ArrayList<>();
        for (Turn turn : script.turns()) {
            clips.add(textToSpeech.speak(script.voiceOf(turn.party()), turn.text()));
        }
        List<TimedTurn> turns = CallTimeline.layOut(script, clips.stream().map(SpeechClip::durationMillis).toList());
        long lastSpeechEnd = turns.stream().mapToLong(TimedTurn::endMillis).max().orElseThrow();
        long durationMillis = lastSpeechEnd + TRAILING_SILENCE_MILLIS;

        short[][] channels = new short[2][Math.toIntExact(durationMillis * SAMPLES_PER_MILLISECOND)];
        for (TimedTurn turn : turns) {
            short[] speech = clips.get(turn.index()).samples();
            System.arraycopy(speech, 0, channels[turn.channel()],
                    Math.toIntExact(turn.startMillis() * SAMPLES_PER_MILLISECOND), speech.length);
        }
        LineSimulator.Events events = LineSimulator.apply(channels, script, turns, clips, condition);
        List<short[]> noisy = new ArrayList<>();
        for (int channel = 0; channel < channels.length; channel++) {
            // Seeded from the call, so that regenerating the samples gives the same bytes.
            long seed = script.callId().hashCode() * 31L + channel;
            noisy.add(SeededDither.apply(channels[channel], seed, LINE_NOISE_STANDARD_DEVIATION));
        }
        byte[] wav = MulawWavWriter.write(TextToSpeech.SAMPLE_RATE, noisy);
        return new SynthesizedCall(
                new CallGroundTruth(script, turns, ExpectedMetrics.of(turns, durationMillis)), wav, events.holds(),
                events.tones());
    }
}
