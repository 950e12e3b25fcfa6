package io.callqa.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.bench.LineConditionBenchmark;
import io.callqa.bench.LineConditionBenchmark.CallMeasurement;
import io.callqa.bench.LineConditionBenchmark.ConditionMeasurement;
import io.callqa.rules.RuleAccuracy;
import io.callqa.rules.RulePack;
import io.callqa.samples.CallSynthesizer;
import io.callqa.samples.LabeledCall;
import io.callqa.samples.LabeledScripts;
import io.callqa.samples.LineCondition;
import io.callqa.samples.TextToSpeech;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedRecognizer;
import io.callqa.transcribe.CallMetricsCalculator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole transcription path on labeled synthetic calls recorded over degraded telephone lines (spoken by flite,
 * degraded by {@code samples.LineSimulator}, encoded as 8 kHz μ-law, transcribed by Vosk after callqa's line cleaning),
 * held to each call's script: word error rate per role, words per role, overtalk, talk time, hold time and rule
 * outcomes. Four calls per condition keep the test to a minute or two; {@code ./callqa bench audio} measures all 36.
 */
class LineConditionsTest {
    private static final List<String> CONDITIONS = List.of("clean", "bleed -20 dB 20 ms", "bleed -30 dB 60 ms",
            "GSM 06.10", "hold music 8 s", "DTMF", "quiet noisy customer (-12 dB, 16 dB SNR, 300-3400 Hz)",
            "bleed -25 dB + pink noise 20 dB + 300-3400 Hz");
    private static Map<String, ConditionMeasurement> measured;

    @BeforeAll
    static void transcribeEveryCondition() throws Exception {
        List<LabeledCall> calls = List.of(LabeledScripts.calls().get(0), LabeledScripts.calls().get(1),
                LabeledScripts.calls().get(2), LabeledScripts.calls().get(7));
        List<LineCondition> conditions = LineCondition.corpus().stream()
                .filter(condition -> CONDITIONS.contains(condition.name())).toList();
        assertThat(conditions).hasSameSizeAs(CONDITIONS);
        LineConditionBenchmark benchmark = new LineConditionBenchmark(new CallSynthesizer(new TextToSpeech()),
                SharedRecognizer::transcriber, new CallMetricsCalculator(500, 300),
                RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml")));
        List<ConditionMeasurement> results = benchmark.measure(calls, conditions, true, 2);
        LineConditionBenchmark.print(results, System.out);
        measured = results.stream().collect(Collectors.toMap(result -> result.condition().name(), Function.identity()));
    }

    @Test
    void bleedAddsNoWordsNoOvertalkAndCostsAtMostThreePointsOfErrorRate() {
        ConditionMeasurement clean = measured.get("clean");
        for (String name : List.of("bleed -20 dB 20 ms", "bleed -30 dB 60 ms")) {
            ConditionMeasurement bleed = measured.get(name);
            assertThat(bleed.agentWordErrorRate()).as(name + " agent WER")
                    .isLessThanOrEqualTo(clean.agentWordErrorRate() + 0.03);
            assertThat(bleed.customerWordErrorRate()).as(name + " customer WER")
                    .isLessThanOrEqualTo(clean.customerWordErrorRate() + 0.03);
            for (CallMeasurement call : bleed.calls()) {
                CallMeasurement cleanCall = clean.calls().stream().filter(other -> other.callId().equals(call.callId()))
                        .findFirst().orElseThrow();
                assertThat(call.customerWords()).as(name + " customer words of " + call.callId())
                        .isLessThanOrEqualTo(cleanCall.customerWords() + 1);
                assertThat(call.agentWords()).as(name + " agent words of " + call.callId())
                        .isLessThanOrEqualTo(cleanCall.agentWords() + 1);
                assertThat(call.overtalkCount()).as(name + " overtalk in " + call.callId())
                        .isEqualTo(call.expectedOvertalkCount());
                assertThat(Math.abs(call.customerTalkMillis() - call.expectedCustomerTalkMillis()))
                        .as(name + " customer talk time error of " + call.callId()).isLessThan(400);
            }
        }
    }

    @Test
    void everyRuleKeepsItsOutcomesOnLeakyNoisyLines() {
        for (String name : List.of("clean", "bleed -20 dB 20 ms", "bleed -30 dB 60 ms",
                "bleed -25 dB + pink noise 20 dB + 300-3400 Hz")) {
            for (RuleAccuracy rule : measured.get(name).ruleAccuracy()) {
                assertThat(rule.f1()).as(name + ": " + rule.summary()).isGreaterThanOrEqualTo(0.9);
            }
        }
    }

    @Test
    void aGsmLineCostsAtMostFivePointsOfErrorRate() {
        ConditionMeasurement clean = measured.get("clean");
        ConditionMeasurement gsm = measured.get("GSM 06.10");
        assertThat(gsm.agentWordErrorRate()).isLessThanOrEqualTo(clean.agentWordErrorRate() + 0.05);
        assertThat(gsm.customerWordErrorRate()).isLessThanOrEqualTo(clean.customerWordErrorRate() + 0.05);
    }

    @Test
    void aQuietCustomerOnANoisyNarrowLineIsStillUnderstood() {
        assertThat(measured.get("quiet noisy customer (-12 dB, 16 dB SNR, 300-3400 Hz)").customerWordErrorRate())
                .isLessThanOrEqualTo(0.25);
    }

    @Test
    void holdMusicIsHoldTimeNotWordsAndKeypadTonesAreNoWords() {
        ConditionMeasurement clean = measured.get("clean");
        for (String name : List.of("hold music 8 s", "DTMF")) {
            ConditionMeasurement condition = measured.get(name);
            assertThat(condition.agentWordErrorRate()).as(name + " agent WER")
                    .isLessThanOrEqualTo(clean.agentWordErrorRate() + 0.01);
            assertThat(condition.customerWordErrorRate()).as(name + " customer WER")
                    .isLessThanOrEqualTo(clean.customerWordErrorRate() + 0.01);
        }
        for (CallMeasurement call : measured.get("hold music 8 s").calls()) {
            assertThat(call.holdMillis()).as("hold of " + call.callId()).isBetween(call.expectedHoldMillis() - 500,
                    call.expectedHoldMillis() + 300);
        }
        for (CallMeasurement call : clean.calls()) {
            assertThat(call.holdMillis()).as("hold of clean " + call.callId()).isZero();
        }
    }
}
