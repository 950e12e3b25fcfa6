package io.callqa.bench;

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
import io.callqa.samples.SynthesizedCall;
import io.callqa.transcribe.CallTranscriber;
import io.callqa.transcribe.CallTranscript;
import io.callqa.transcribe.Utterance;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
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
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            ThreadLocal<CallTranscriber> transcriber = ThreadLocal.withInitial(transcribers);
            List<Future<List<RuleResult>>> evaluated = new ArrayList<>();
            for (LabeledCall call : calls) {
                evaluated.add(workers.submit(() -> evaluate(call, transcriber.get())));
            }
            List<LabeledResult> results = new ArrayList<>();
            for (int index = 0; index < calls.size(); index++) {
                LabeledCall call = calls.get(index);
                for (RuleResult result : evaluated.get(index).get()) {
                    if (call.expected().containsKey(result.ruleId())) {
                        results.add(new LabeledResult(call.callId(), call.expected(result.ruleId()), result));
                    }
                }
            }
            return RuleAccuracy.measure(results);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot measure rule accuracy: " + e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private List<RuleResult> evaluate(LabeledCall call, CallTranscriber transcriber) throws Exception {
        SynthesizedCall audio = synthesizer.synthesize(call.script());
        CallTranscript transcript = transcriber.transcribe(WavDecoder.decode(audio.wav()), call.script().agentChannel(),
                call.callId().hashCode());
        List<SpokenTurn> turns = new ArrayList<>();
        for (Utterance utterance : transcript.utterances()) {
            turns.add(new SpokenTurn(turns.size(), Speaker.fromLabel(utterance.role().label()),
                    utterance.startMillis(), utterance.endMillis(), utterance.text()));
        }
        CallText text = new CallText(call.callId(), transcript.durationMillis(), call.script().queue(),
                call.script().direction(), turns);
        return rules.evaluate(text);
    }

    public static void print(List<RuleAccuracy> accuracy, PrintStream out) {
        accuracy.forEach(rule -> out.println(rule.summary()));
    }
}
