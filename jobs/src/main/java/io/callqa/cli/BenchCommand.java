package io.callqa.cli;

import io.callqa.bench.RuleAccuracyBenchmark;
import io.callqa.config.CallqaConfig;
import io.callqa.rules.RuleAccuracy;
import io.callqa.rules.RulePack;
import io.callqa.samples.CallSynthesizer;
import io.callqa.samples.LabeledScripts;
import io.callqa.samples.TextToSpeech;
import io.callqa.transcribe.CallTranscriber;
import io.callqa.transcribe.VoskModels;
import io.callqa.transcribe.VoskRecognizer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print a table.",
        subcommands = BenchCommand.Rules.class)
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "rules", mixinStandardHelpOptions = true,
            description = "Precision and recall of a rule pack on 36 labeled synthetic calls (spoken by flite, "
                    + "transcribed by Vosk). Needs flite: apt-get install flite.")
    static final class Rules implements Callable<Integer> {
        @Mixin
        EnvironmentOptions environment;

        @Option(names = "--rules", paramLabel = "FILE", description = "Rule pack (default: analysis.rules in the settings).")
        Path rules;

        @Option(names = "--threads", defaultValue = "2", description = "Calls transcribed at once (default: 2).")
        int threads;

        @Override
        public Integer call() throws InterruptedException {
            CallqaConfig config = environment.config();
            RulePack pack = RulePack.load(rules != null ? rules : Path.of(config.analysis().rulePackPath()));
            long start = System.nanoTime();
            List<RuleAccuracy> accuracy = new RuleAccuracyBenchmark(new CallSynthesizer(new TextToSpeech()),
                    () -> new CallTranscriber(new VoskRecognizer(VoskModels.load(Path.of(config.transcription().modelPath()))),
                            config.transcription().ditherLeastSignificantBits()),
                    pack).measure(LabeledScripts.calls(), threads);
            System.out.printf("Rule pack %s version %s on %d labeled calls (%.0f s):%n", pack.id(), pack.version(),
                    LabeledScripts.calls().size(), (System.nanoTime() - start) / 1e9);
            RuleAccuracyBenchmark.print(accuracy, System.out);
            return 0;
        }
    }
}
