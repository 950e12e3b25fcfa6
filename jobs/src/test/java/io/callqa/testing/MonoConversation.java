package io.callqa.testing;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.SeededDither;
import io.callqa.audio.WavDecoder;
import io.callqa.samples.MulawWavWriter;
import io.callqa.samples.ScriptedSpeech;
import io.callqa.samples.SpeechClip;
import io.callqa.samples.TextToSpeech;
import java.util.ArrayList;
import java.util.List;

/**
 * A mono telephone recording of any number of flite voices taking turns, 600 ms apart, over faint line noise, as
 * 8 kHz μ-law: the cases the two-party call synthesizer cannot make (one voice, a third voice joining).
 */
public final class MonoConversation {
    private static final long GAP_MILLIS = 600;
    private static final long EDGE_MILLIS = 500;
    private static final int PER_MILLISECOND = TextToSpeech.SAMPLE_RATE / 1000;

    /** One turn: the flite voice, the role it is scored as, and what it says. */
    public record Line(String voice, String role, String text) {}

    /** The recording and who spoke when. */
    public record Recording(DecodedAudio audio, ScriptedSpeech speech) {}

    private MonoConversation() {}

    public static Recording speak(TextToSpeech textToSpeech, long seed, List<Line> lines) throws Exception {
        List<SpeechClip> clips = new ArrayList<>();
        for (Line line : lines) {
            clips.add(textToSpeech.speak(line.voice(), line.text()));
        }
        long total = 2 * EDGE_MILLIS + GAP_MILLIS * (lines.size() - 1)
                + clips.stream().mapToLong(SpeechClip::durationMillis).sum();
        short[] samples = new short[Math.toIntExact(total * PER_MILLISECOND)];
        List<ScriptedSpeech.Span> spans = new ArrayList<>();
        long start = EDGE_MILLIS;
        for (int index = 0; index < lines.size(); index++) {
            short[] speech = clips.get(index).samples();
            System.arraycopy(speech, 0, samples, Math.toIntExact(start * PER_MILLISECOND), speech.length);
            long end = start + clips.get(index).durationMillis();
            spans.add(new ScriptedSpeech.Span(lines.get(index).role(), start, end));
            start = end + GAP_MILLIS;
        }
        byte[] wav = MulawWavWriter.write(TextToSpeech.SAMPLE_RATE, List.of(SeededDither.apply(samples, seed, 16)));
        return new Recording(WavDecoder.decode(wav), new ScriptedSpeech(spans));
    }
}
