package io.callqa.cli;

import io.callqa.bench.BenchmarkCalls;
import io.callqa.bench.LineConditionBenchmark;
import io.callqa.bench.PipelineBenchmark;
import io.callqa.bench.RuleAccuracyBenchmark;
import io.callqa.bench.StageMeasurement;
import io.callqa.config.CallqaConfig;
import io.callqa.jobs.HistoryBenchmark;
import io.callqa.rules.RuleAccuracy;
import io.callqa.rules.RulePack;
import io.callqa.samples.CallSynthesizer;
import io.callqa.samples.LabeledCall;
import io.callqa.samples.LabeledScripts;
import io.callqa.samples.LineCondition;
import io.callqa.samples.TextToSpeech;
import io.callqa.transcribe.CallMetricsCalculator;
import io.callqa.score.Scorecard;
import io.callqa.transcribe.CallTranscriber;
import io.callqa.transcribe.MonoSpeakerSeparation;
import io.callqa.transcribe.VoskModels;
import io.callqa.transcribe.VoskRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vosk.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print a table.",
        subcommands = {BenchCommand.Rules.class, BenchCommand.Audio.class, BenchCommand.Pipeline.class,
                BenchCommand.History.class})
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

        @Option(names = "--mono", description = "Also mix every call down to one channel, separate the voices with "
                + "the speaker model, and print the same figures, the share of words given their speaker's role and "
                + "the voices heard.")
        boolean mono;

        @Override
        public Integer call() throws InterruptedException {
            CallqaConfig config = environment.open().config();
            RulePack pack = Batch.rulePack(config, rules);
            Model model = VoskModels.load(Path.of(config.transcription().modelPath()));
            MonoSpeakerSeparation separation = mono ? MonoSpeakerSeparation.withVosk(model,
                    VoskModels.loadSpeakerModel(Path.of(config.transcription().speakerModelPath())), pack) : null;
            long start = System.nanoTime();
            RuleAccuracyBenchmark benchmark = new RuleAccuracyBenchmark(new CallSynthesizer(new TextToSpeech()),
                    () -> new CallTranscriber(new VoskRecognizer(model),
                            config.transcription().ditherLeastSignificantBits(), separation, true),
                    pack);
            List<RuleAccuracy> accuracy = benchmark.measure(LabeledScripts.calls(), threads);
            System.out.printf("Rule pack %s version %s on %d labeled calls (%.0f s):%n", pack.id(), pack.version(),
                    LabeledScripts.calls().size(), (System.nanoTime() - start) / 1e9);
            RuleAccuracyBenchmark.print(accuracy, System.out);
            if (mono) {
                start = System.nanoTime();
                RuleAccuracyBenchmark.MonoAccuracy monoAccuracy =
                        benchmark.measureMixedDownToMono(LabeledScripts.calls(), threads);
                System.out.printf("The same calls mixed down to mono (%.0f s): %.1f %% of words given their speaker's "
                        + "role; calls by voices heard %s:%n", (System.nanoTime() - start) / 1e9,
                        100 * monoAccuracy.wordsAttributedRightly(), monoAccuracy.callsByVoices());
                RuleAccuracyBenchmark.print(monoAccuracy.rules(), System.out);
            }
            return 0;
        }
    }

    @Command(name = "audio", mixinStandardHelpOptions = true,
            description = "The labeled synthetic calls put through telephone line conditions (channel bleed at -20 to "
                    + "-30 dB, pink/brown/babble noise, a quiet customer, 300-3400 Hz, GSM 06.10, hold music, DTMF, "
                    + "clipping), transcribed with and without callqa's line cleaning: word error rate per role, words "
                    + "per role against the script, overtalk and talk time against the script, the lowest rule F1, "
                    + "and the cleaning's share of transcription CPU. Needs flite and sox (apt-get install flite sox).")
    static final class Audio implements Callable<Integer> {
        @Mixin
        EnvironmentOptions environment;

        @Option(names = "--calls", defaultValue = "36", description = "How many labeled calls per condition (default: all 36).")
        int calls;

        @Option(names = "--threads", defaultValue = "2", description = "Calls transcribed at once (default: 2).")
        int threads;

        @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Also measure every condition without the cleaning (default: yes; --no-baseline skips it).")
        boolean baseline;

        @Override
        public Integer call() throws InterruptedException {
            CallqaConfig config = environment.open().config();
            Model model = VoskModels.load(Path.of(config.transcription().modelPath()));
            LineConditionBenchmark benchmark = new LineConditionBenchmark(new CallSynthesizer(new TextToSpeech()),
                    clean -> new CallTranscriber(new VoskRecognizer(model),
                            config.transcription().ditherLeastSignificantBits(), null, clean),
                    new CallMetricsCalculator(config.metrics().talkGapMillis(), config.metrics().minimumOverlapMillis()),
                    RulePack.load(Path.of(config.analysis().rulePackPath())));
            List<LabeledCall> labeled = LabeledScripts.calls().subList(0, Math.min(calls, LabeledScripts.calls().size()));
            long start = System.nanoTime();
            List<LineConditionBenchmark.ConditionMeasurement> measurements = new ArrayList<>();
            if (baseline) {
                measurements.addAll(benchmark.measure(labeled, LineCondition.corpus(), false, threads));
            }
            measurements.addAll(benchmark.measure(labeled, LineCondition.corpus(), true, threads));
            System.out.printf("%d labeled calls per condition (%.0f s):%n", labeled.size(), (System.nanoTime() - start) / 1e9);
            LineConditionBenchmark.print(measurements, System.out);
            return 0;
        }
    }

    @Command(name = "pipeline", mixinStandardHelpOptions = true,
            description = "Runs every stage over a fixed batch (the four sample calls, each several times) on "
                    + "local[1] and local[2], each in a JVM of its own, and prints per stage: wall and CPU time, "
                    + "× real time per core, CoreNLP utterances/s and share of the time, peak resident memory; then "
                    + "how each stage scales from one core to two.")
    static final class Pipeline implements Callable<Integer> {
        @Mixin
        EnvironmentOptions environment;

        @Option(names = "--copies", defaultValue = "3", description = "How many times each sample call is in the batch (default: 3).")
        int copies;

        @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]",
                description = "Spark masters to compare, in order (default: local[1],local[2]).")
        List<String> masters;

        @Option(names = "--heap", defaultValue = "2g", description = "Maximum heap of each run's JVM (default: 2g).")
        String heap;

        @Option(names = "--out", paramLabel = "DIR", description = "Work folder (default: out/bench in the callqa folder).")
        Path out;

        @Override
        public Integer call() throws IOException, InterruptedException {
            Path home = CallqaHome.get();
            Path folder = (out != null ? out : home.resolve("out/bench")).toAbsolutePath();
            Path settings = environment.configFile != null ? environment.configFile.toAbsolutePath()
                    : home.resolve("conf/callqa.yaml");
            // A mistake in the settings file shows here, not in each run's log.
            environment.open();
            BenchmarkCalls calls = BenchmarkCalls.prepare(home.resolve("samples"), folder, copies);
            System.out.printf("Benchmarking %d calls on %s (one JVM each, heap %s); logs in %s%n", calls.calls(),
                    String.join(", ", masters), heap, folder);
            List<StageMeasurement> measurements = new PipelineBenchmark(home, settings, heap).run(calls, folder, masters);
            PipelineBenchmark.print(measurements, calls, System.out);
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "How a daily batch's cost grows with the history: builds output roots holding the given "
                    + "numbers of calls (synthetic table rows, no audio), then times one 100-call batch through "
                    + "analyze and score on each.")
    static final class History implements Callable<Integer> {
        @Mixin
        EnvironmentOptions environment;

        @Option(names = "--calls", split = ",", defaultValue = "10000,100000,1000000",
                description = "History sizes in calls (default: 10000,100000,1000000).")
        List<Integer> sizes;

        @Option(names = "--out", paramLabel = "DIR", description = "Work folder (default: out/bench-history).")
        Path out;

        @Override
        public Integer call() throws IOException {
            Environment opened = environment.open();
            CallqaConfig config = opened.config();
            RulePack pack = Batch.rulePack(config, null);
            Scorecard scorecard = Scorecard.load(Path.of(config.scoring().scorecardPath()), pack);
            Path folder = (out != null ? out : CallqaHome.get().resolve("out/bench-history")).toAbsolutePath();
            HistoryBenchmark benchmark = new HistoryBenchmark(opened.spark(), pack, scorecard, config.scoring());
            System.out.println("history calls | build s | analyzed | scored | analyze s | score s | batch s");
            for (int size : sizes) {
                Path root = folder.resolve("history-" + size);
                if (Files.exists(root)) {
                    throw new IllegalArgumentException("Cannot build a history in " + root + ": it exists; remove it");
                }
                HistoryBenchmark.Measurement measured = benchmark.measure(root.toString(), size);
                System.out.printf("%,d | %.0f | %d | %d | %.1f | %.1f | %.1f%n", measured.historyCalls(),
                        measured.buildMillis() / 1e3, measured.analyzedCalls(), measured.scoredCalls(),
                        measured.analyzeMillis() / 1e3, measured.scoreMillis() / 1e3, measured.batchMillis() / 1e3);
            }
            return 0;
        }
    }
}
