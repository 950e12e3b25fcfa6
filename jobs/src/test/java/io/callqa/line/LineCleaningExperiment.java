package io.callqa.line;

import io.callqa.bench.LineConditionBenchmark;
import io.callqa.rules.RulePack;
import io.callqa.samples.CallSynthesizer;
import io.callqa.samples.LabeledCall;
import io.callqa.samples.LabeledScripts;
import io.callqa.samples.LineCondition;
import io.callqa.samples.TextToSpeech;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedRecognizer;
import io.callqa.transcribe.CallMetricsCalculator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineCleaningExperiment {
    @Test
    void measure() throws Exception {
        int callCount = Integer.getInteger("calls", 6);
        List<LabeledCall> calls = LabeledScripts.calls().subList(0, callCount);
        List<LineCondition> conditions = new ArrayList<>();
        for (String name : System.getProperty("conditions", "clean,bleed -25 dB 40 ms").split(",")) {
            conditions.add(LineCondition.corpus().stream().filter(c -> c.name().startsWith(name)).findFirst().orElseThrow());
        }
        var benchmark = new LineConditionBenchmark(new CallSynthesizer(new TextToSpeech()),
                SharedRecognizer::transcriber, new CallMetricsCalculator(500, 300),
                RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml")));
        List<LineConditionBenchmark.ConditionMeasurement> all = new ArrayList<>();
        if (Boolean.parseBoolean(System.getProperty("baseline", "true"))) {
            all.addAll(benchmark.measure(calls, conditions, false, 2));
        }
        for (String variant : System.getProperty("variants", "").split(";")) {
            for (String setting : variant.split(" ")) {
                if (setting.contains("=")) System.setProperty(setting.split("=")[0], setting.split("=")[1]);
            }
            System.out.println("variant " + variant);
            var measured = benchmark.measure(calls, conditions, true, 2);
            LineConditionBenchmark.print(measured, System.out);
            all.addAll(measured);
        }
        LineConditionBenchmark.print(all, System.out);
    }
}
