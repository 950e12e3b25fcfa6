package io.callqa.bench;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.WavDecoder;
import io.callqa.line.LineCleaner;
import io.callqa.rules.CallText;
import io.callqa.rules.LabeledResult;
import io.callqa.rules.RuleAccuracy;
import io.callqa.rules.RulePack;
import io.callqa.rules.RuleResult;
import io.callqa.rules.Speaker;
import io.callqa.rules.SpokenTurn;
import io.callqa.samples.CallSynthesizer;
import io.callqa.samples.LabeledCall;
import io.callqa.samples.LineCondition;
import io.callqa.samples.Party;
import io.callqa.samples.SynthesizedCall;
import io.callqa.samples.TimedTurn;
import io.callqa.transcribe.CallMetrics;
import io.callqa.transcribe.CallMetricsCalculator;
import io.callqa.transcribe.CallTranscriber;
import io.callqa.transcribe.CallTranscript;
import io.callqa.transcribe.Role;
import io.callqa.transcribe.Utterance;
import io.callqa.transcribe.WordErrorRate;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * callqa on labeled synthetic calls put through telephone line conditions (channel bleed, noise, codecs, a quiet
 * customer, hold music, keypad tones, clipping): word error rate per role, words per role against the script,
 * overtalk and talk time against the script's timeline, rule accuracy, and what the line cleaning costs.
 */
public final class LineConditionBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final CallSynthesizer synthesizer;
    private final Function<Boolean, CallTranscriber> transcribers;
    private final CallMetricsCalculator metrics;
    private final RulePack rules;

    /** @param transcribers a new transcriber that cleans the line (true) or recognizes the channels as recorded */
    public LineConditionBenchmark(CallSynthesizer synthesizer, Function<Boolean, CallTranscriber> transcribers,
            CallMetricsCalculator metrics, RulePack rules) {
        this.synthesizer = synthesizer;
        this.transcribers = transcribers;
        this.metrics = metrics;
        this.rules = rules;
    }

    /** One call under one condition, as callqa measured it and as the script says it was. */
    public record CallMeasurement(String callId, int agentErrors, int agentReferenceWords, int customerErrors,
            int customerReferenceWords, int agentWords, int customerWords, int overtalkCount, int expectedOvertalkCount,
            long agentTalkMillis, long expectedAgentTalkMillis, long customerTalkMillis, long expectedCustomerTalkMillis,
            long holdMillis, long expectedHoldMillis, List<LabeledResult> ruleResults, long cleaningNanos,
            long transcriptionNanos) {}

    /** Every call of a condition. */
    public record ConditionMeasurement(LineCondition condition, boolean cleaned, List<CallMeasurement> calls) {
        public double agentWordErrorRate() {
            return ratio(calls.stream().mapToInt(CallMeasurement::agentErrors).sum(),
                    calls.stream().mapToInt(CallMeasurement::agentReferenceWords).sum());
        }

        public double customerWordErrorRate() {
            return ratio(calls.stream().mapToInt(CallMeasurement::customerErrors).sum(),
                    calls.stream().mapToInt(CallMeasurement::customerReferenceWords).sum());
        }

        /** Recognized words per scripted word, customer channel: above 1 when the agent's leak was transcribed. */
        public double customerWordsPerScriptedWord() {
            return ratio(calls.stream().mapToInt(CallMeasurement::customerWords).sum(),
                    calls.stream().mapToInt(CallMeasurement::customerReferenceWords).sum());
        }

        public double agentWordsPerScriptedWord() {
            return ratio(calls.stream().mapToInt(CallMeasurement::agentWords).sum(),
                    calls.stream().mapToInt(CallMeasurement::agentReferenceWords).sum());
        }

        public double exactOvertalkShare() {
            return ratio((int) calls.stream().filter(call -> call.overtalkCount() == call.expectedOvertalkCount()).count(),
                    calls.size());
        }

        /** Mean absolute error of talk time per role, in milliseconds. */
        public double talkTimeErrorMillis() {
            return calls.stream().mapToLong(call -> Math.abs(call.agentTalkMillis() - call.expectedAgentTalkMillis())
                    + Math.abs(call.customerTalkMillis() - call.expectedCustomerTalkMillis())).average().orElse(0) / 2;
        }

        public List<RuleAccuracy> ruleAccuracy() {
            return RuleAccuracy.measure(calls.stream().flatMap(call -> call.ruleResults().stream()).toList());
        }

        public double minimumRuleF1() {
            return ruleAccuracy().stream().mapToDouble(RuleAccuracy::f1).min().orElse(1);
        }

        public double cleaningShareOfTranscription() {
            return ratio(calls.stream().mapToLong(CallMeasurement::cleaningNanos).sum(),
                    calls.stream().mapToLong(CallMeasurement::transcriptionNanos).sum());
        }
    }

    /** Each condition's calls on {@code threads} threads, cleaned or recognized as recorded. */
    public List<ConditionMeasurement> measure(List<LabeledCall> calls, List<LineCondition> conditions, boolean cleaned,
            int threads) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            ThreadLocal<CallTranscriber> transcriber = ThreadLocal.withInitial(() -> transcribers.apply(cleaned));
            List<List<Future<CallMeasurement>>> submitted = new ArrayList<>();
            for (LineCondition condition : conditions) {
                List<Future<CallMeasurement>> futures = new ArrayList<>();
                for (LabeledCall call : calls) {
                    futures.add(workers.submit(() -> measure(call, condition, transcriber.get())));
                }
                submitted.add(futures);
            }
            List<ConditionMeasurement> measurements = new ArrayList<>();
            for (int index = 0; index < conditions.size(); index++) {
                List<CallMeasurement> measured = new ArrayList<>();
                for (Future<CallMeasurement> future : submitted.get(index)) {
                    measured.add(future.get());
                }
                measurements.add(new ConditionMeasurement(conditions.get(index), cleaned, measured));
            }
            return measurements;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot measure line conditions: " + e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private CallMeasurement measure(LabeledCall call, LineCondition condition, CallTranscriber transcriber)
            throws Exception {
        SynthesizedCall audio = synthesizer.synthesize(call.script(), condition);
        DecodedAudio decoded = WavDecoder.decode(audio.wav());
        long startCpu = THREADS.getCurrentThreadCpuTime();
        CallTranscript transcript = transcriber.transcribe(decoded, call.script().agentChannel(), call.callId().hashCode());
        long transcriptionNanos = THREADS.getCurrentThreadCpuTime() - startCpu;
        // The cleaning once more on its own, to know its share of the transcription's CPU time.
        startCpu = THREADS.getCurrentThreadCpuTime();
        LineCleaner.clean(decoded.channels(), decoded.sampleRate());
        long cleaningNanos = THREADS.getCurrentThreadCpuTime() - startCpu;
        CallMetrics measured = metrics.calculate(transcript);
        List<TimedTurn> turns = audio.groundTruth().turns();
        String agentScript = script(turns, Party.AGENT);
        String customerScript = script(turns, Party.CUSTOMER);
        String agentHeard = heard(transcript, Role.AGENT);
        String customerHeard = heard(transcript, Role.CUSTOMER);
        List<LabeledResult> results = new ArrayList<>();
        for (RuleResult result : rules.evaluate(callText(call, transcript))) {
            if (call.expected().containsKey(result.ruleId())) {
                results.add(new LabeledResult(call.callId(), call.expected(result.ruleId()), result));
            }
        }
        var expected = audio.groundTruth().metrics();
        return new CallMeasurement(call.callId(),
                WordErrorRate.errors(WordErrorRate.normalize(agentScript), WordErrorRate.normalize(agentHeard)),
                WordErrorRate.normalize(agentScript).size(),
                WordErrorRate.errors(WordErrorRate.normalize(customerScript), WordErrorRate.normalize(customerHeard)),
                WordErrorRate.normalize(customerScript).size(),
                WordErrorRate.normalize(agentHeard).size(), WordErrorRate.normalize(customerHeard).size(),
                measured.overtalkCount(), expected.overtalkCount(),
                measured.agentTalkMillis(), expected.agentTalkMillis(),
                measured.customerTalkMillis(), expected.customerTalkMillis(),
                transcript.line().holdMillis(), audio.holds().stream().mapToLong(hold -> hold.lengthMillis()).sum(),
                results, cleaningNanos, transcriptionNanos);
    }

    private static String script(List<TimedTurn> turns, Party party) {
        return String.join(" ", turns.stream().filter(turn -> turn.party() == party).map(TimedTurn::text).toList());
    }

    private static String heard(CallTranscript transcript, Role role) {
        return String.join(" ", transcript.utterances().stream().filter(utterance -> utterance.role() == role)
                .map(Utterance::text).toList());
    }

    private static CallText callText(LabeledCall call, CallTranscript transcript) {
        List<SpokenTurn> turns = new ArrayList<>();
        for (Utterance utterance : transcript.utterances()) {
            turns.add(new SpokenTurn(turns.size(), Speaker.fromLabel(utterance.role().label()),
                    utterance.startMillis(), utterance.endMillis(), utterance.text()));
        }
        return new CallText(call.callId(), transcript.durationMillis(), call.script().queue(),
                call.script().direction(), turns);
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    /** Each rule's accuracy over every call of every condition measured with the given cleaning. */
    public static List<RuleAccuracy> ruleAccuracyOverAllConditions(List<ConditionMeasurement> measurements,
            boolean cleaned) {
        return RuleAccuracy.measure(measurements.stream().filter(measurement -> measurement.cleaned() == cleaned)
                .flatMap(measurement -> measurement.calls().stream())
                .flatMap(call -> call.ruleResults().stream()).toList());
    }

    public static void print(List<ConditionMeasurement> measurements, PrintStream out) {
        out.printf(Locale.ROOT, "%-58s %-8s %7s %7s %9s %9s %9s %9s %7s %7s%n", "condition", "cleaning", "WER agt",
                "WER cust", "words/scr", "words/scr", "overtalk", "talk err", "rule F1", "CPU");
        out.printf(Locale.ROOT, "%-58s %-8s %7s %7s %9s %9s %9s %9s %7s %7s%n", "", "", "", "", "agent", "customer",
                "exact", "ms", "min", "clean%");
        for (ConditionMeasurement measurement : measurements) {
            out.printf(Locale.ROOT, "%-58s %-8s %6.1f%% %6.1f%% %9.2f %9.2f %8.0f%% %9.0f %7.2f %6.1f%%%n",
                    measurement.condition().name(), measurement.cleaned() ? "on" : "off",
                    100 * measurement.agentWordErrorRate(), 100 * measurement.customerWordErrorRate(),
                    measurement.agentWordsPerScriptedWord(), measurement.customerWordsPerScriptedWord(),
                    100 * measurement.exactOvertalkShare(), measurement.talkTimeErrorMillis(),
                    measurement.minimumRuleF1(), 100 * measurement.cleaningShareOfTranscription());
        }
        for (boolean cleaned : List.of(false, true)) {
            if (measurements.stream().anyMatch(measurement -> measurement.cleaned() == cleaned)) {
                out.printf("Rules over all conditions, cleaning %s:%n", cleaned ? "on" : "off");
                ruleAccuracyOverAllConditions(measurements, cleaned).forEach(rule -> out.println("  " + rule.summary()));
            }
        }
    }
}
