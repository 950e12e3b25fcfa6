package io.callqa.bench;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.WavDecoder;
import io.callqa.rules.CallText;
import io.callqa.rules.LabeledResult;
import io.callqa.rules.RuleAccuracy;
import io.callqa.rules.RulePack;
import io.callqa.rules.RuleResult;
import io.callqa.rules.Speaker;
import io.callqa.rules.SpokenTurn;
import io.callqa.samples.CallSynthesizer;
import io.callqa.samples.LabeledCall;
import io.callqa.samples.MonoMixdown;
import io.callqa.samples.ScriptedSpeech;
import io.callqa.samples.SynthesizedCall;
import io.callqa.transcribe.CallTranscriber;
import io.callqa.transcribe.CallTranscript;
import io.callqa.transcribe.Utterance;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Precision and recall of a rule pack on labeled synthetic calls that went through the whole speech path: spoken by
 * flite, encoded as 8 kHz μ-law, transcribed by Vosk. What the rules see is what they would see in production,
 * recognition errors included.
 */
public final class RuleAccuracyBenchmark {
    private final CallSynthesizer synthesizer;
    private final Supplier<CallTranscriber> transcribers;
    private final RulePack rules;

    /** @param transcribers one transcriber per worker thread (recognizers are not shared) */
    public RuleAccuracyBenchmark(CallSynthesizer synthesizer, Supplier<CallTranscriber> transcribers, RulePack rules) {
        this.synthesizer = synthesizer;
        this.transcribers = transcribers;
        this.rules = rules;
    }

    /** One accuracy per rule of the pack; the calls are synthesized and transcribed on {@code threads} threads. */
    public List<RuleAccuracy> measure(List<LabeledCall> calls, int threads) throws InterruptedException {
        return run(calls, threads, false).rules();
    }

    /**
     * The same calls mixed down to one channel, as a mono recorder makes them, so that the roles the rules see come
     * from the speaker model; with how many of the words got their speaker's role and how many voices were heard.
     *
     * @param wordsAttributedRightly share of the recognized words whose role is the script's
     * @param callsByVoices calls by the number of voices the separation heard (3: more than two)
     */
    public record MonoAccuracy(List<RuleAccuracy> rules, double wordsAttributedRightly,
            Map<Integer, Integer> callsByVoices) {}

    public MonoAccuracy measureMixedDownToMono(List<LabeledCall> calls, int threads) throws InterruptedException {
        return run(calls, threads, true);
    }

    private MonoAccuracy run(List<LabeledCall> calls, int threads, boolean mono) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            ThreadLocal<CallTranscriber> transcriber = ThreadLocal.withInitial(transcribers);
            List<Future<Evaluated>> evaluated = new ArrayList<>();
            for (LabeledCall call : calls) {
                evaluated.add(workers.submit(() -> evaluate(call, transcriber.get(), mono)));
            }
            List<LabeledResult> results = new ArrayList<>();
            Map<Integer, Integer> callsByVoices = new TreeMap<>();
            long rightWords = 0;
            long words = 0;
            for (int index = 0; index < calls.size(); index++) {
                LabeledCall call = calls.get(index);
                Evaluated outcome = evaluated.get(index).get();
                for (RuleResult result : outcome.results()) {
                    if (call.expected().containsKey(result.ruleId())) {
                        results.add(new LabeledResult(call.callId(), call.expected(result.ruleId()), result));
                    }
                }
                ScriptedSpeech.Attribution attribution = outcome.attribution();
                rightWords += attribution.right();
                words += attribution.counted();
                if (outcome.transcript().separation().voices() != null) {
                    callsByVoices.merge(outcome.transcript().separation().voices(), 1, Integer::sum);
                }
            }
            return new MonoAccuracy(RuleAccuracy.measure(results), words == 0 ? 0 : (double) rightWords / words,
                    callsByVoices);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot measure rule accuracy: " + e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private record Evaluated(List<RuleResult> results, CallTranscript transcript, ScriptedSpeech.Attribution attribution) {}

    private Evaluated evaluate(LabeledCall call, CallTranscriber transcriber, boolean mono) throws Exception {
        SynthesizedCall audio = synthesizer.synthesize(call.script());
        DecodedAudio decoded = WavDecoder.decode(audio.wav());
        CallTranscript transcript = transcriber.transcribe(mono ? MonoMixdown.of(decoded) : decoded,
                call.script().agentChannel(), call.callId().hashCode());
        List<SpokenTurn> turns = new ArrayList<>();
        for (Utterance utterance : transcript.utterances()) {
            turns.add(new SpokenTurn(turns.size(), Speaker.fromLabel(utterance.role().label()),
                    utterance.startMillis(), utterance.endMillis(), utterance.text()));
        }
        CallText text = new CallText(call.callId(), transcript.durationMillis(), call.script().queue(),
                call.script().direction(), turns);
        return new Evaluated(rules.evaluate(text), transcript,
                ScriptedSpeech.of(audio.groundTruth()).attribution(transcript));
    }

    public static void print(List<RuleAccuracy> accuracy, PrintStream out) {
        accuracy.forEach(rule -> out.println(rule.summary()));
    }
}
