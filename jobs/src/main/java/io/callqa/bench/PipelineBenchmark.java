package io.callqa.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs every pipeline stage over a fixed batch of calls on several Spark masters ({@code local[1]},
 * {@code local[2]}), each in a JVM of its own, and prints per stage: wall and CPU time, speed in × real time per
 * core, CoreNLP's speed and share of the time, and peak resident memory; then how each stage scales.
 */
public final class PipelineBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path home;
    private final Path settings;
    private final String heap;

    /**
     * @param home the callqa folder (conf/, samples/)
     * @param settings the settings file the stages run with
     * @param heap the maximum heap of each run's JVM, e.g. {@code 2g}
     */
    public PipelineBenchmark(Path home, Path settings, String heap) {
        this.home = home;
        this.settings = settings;
        this.heap = heap;
    }

    public List<StageMeasurement> run(BenchmarkCalls calls, Path folder, List<String> masters)
            throws IOException, InterruptedException {
        List<StageMeasurement> measurements = new ArrayList<>();
        for (String master : masters) {
            String name = master.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
            Path result = folder.resolve(name + ".json");
            Path log = folder.resolve(name + ".log");
            Files.deleteIfExists(result);
            Process run = new ProcessBuilder(command(master, calls, folder.resolve("out-" + name), result))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!run.waitFor(2, TimeUnit.HOURS) || run.exitValue() != 0 || !Files.exists(result)) {
                run.destroyForcibly();
                throw new IllegalStateException("Cannot benchmark the pipeline on " + master + ": the run failed; see " + log);
            }
            measurements.addAll(JSON.readValue(result.toFile(), new TypeReference<List<StageMeasurement>>() {}));
        }
        return measurements;
    }

    private List<String> command(String master, BenchmarkCalls calls, Path out, Path result) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "@" + home.resolve("conf/jvm.options"),
                "-Dlog4j2.configurationFile=" + home.resolve("conf/log4j2.properties"),
                "-Dcallqa.home=" + home,
                "-cp", System.getProperty("java.class.path"),
                PipelineBenchmarkRun.class.getName(),
                master, calls.manifest().toString(), calls.roster().toString(), out.toString(), settings.toString(),
                home.toString(), result.toString());
    }

    /** The measurements as Markdown tables (readable in a terminal, and pasted as they are into BENCHMARKS.md). */
    public static void print(List<StageMeasurement> measurements, BenchmarkCalls calls, PrintStream out) {
        out.printf(Locale.ROOT, "%d calls, %.1f min of two-channel 8 kHz audio%n%n", calls.calls(), calls.audioMillis() / 60_000.0);
        out.println("× real time per core: seconds of calls per wall second per core (wall time: slowed by anything "
                + "else the machine runs); per CPU s: per second of the process's CPU time.");
        out.println("| master | stage | wall s | CPU s | × real time per core | × real time per CPU s "
                + "| CoreNLP load CPU s | CoreNLP utterances per CPU s | CoreNLP share of CPU | peak RSS MB "
                + "| peak RSS MB per core |");
        out.println("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        Map<String, List<StageMeasurement>> byMaster = new LinkedHashMap<>();
        measurements.forEach(measurement -> byMaster.computeIfAbsent(measurement.master(), key -> new ArrayList<>()).add(measurement));
        Map<String, Map<String, Long>> wallByStage = new LinkedHashMap<>();
        for (List<StageMeasurement> stages : byMaster.values()) {
            for (StageMeasurement stage : stages) {
                printRow(stage, calls, out);
                wallByStage.computeIfAbsent(stage.stage(), key -> new LinkedHashMap<>()).put(stage.master(), stage.wallMillis());
            }
            StageMeasurement pipeline = pipeline(stages);
            printRow(pipeline, calls, out);
            wallByStage.computeIfAbsent(pipeline.stage(), key -> new LinkedHashMap<>()).put(pipeline.master(), pipeline.wallMillis());
        }
        List<String> masters = List.copyOf(byMaster.keySet());
        if (masters.size() >= 2) {
            out.printf(Locale.ROOT, "%n| stage | %s | speed-up %s over %s |%n|---|%s--:|%n",
                    String.join(" wall s | ", masters) + " wall s", masters.get(masters.size() - 1), masters.get(0),
                    "--:|".repeat(masters.size()));
            wallByStage.forEach((stage, walls) -> {
                StringBuilder row = new StringBuilder("| " + stage + " |");
                masters.forEach(master -> row.append(String.format(Locale.ROOT, " %.1f |", walls.getOrDefault(master, 0L) / 1000.0)));
                long first = walls.getOrDefault(masters.get(0), 0L);
                long last = walls.getOrDefault(masters.get(masters.size() - 1), 0L);
                row.append(last == 0 ? " – |" : String.format(Locale.ROOT, " %.2f× |", (double) first / last));
                out.println(row);
            });
        }
    }

    /** All stages of one master together: times and CoreNLP work added, the highest peak. */
    private static StageMeasurement pipeline(List<StageMeasurement> stages) {
        StageMeasurement first = stages.get(0);
        return new StageMeasurement("pipeline", first.master(), first.cores(),
                stages.stream().mapToLong(StageMeasurement::wallMillis).sum(),
                stages.stream().mapToLong(StageMeasurement::cpuMillis).sum(),
                new StageWork(first.work().calls(),
                        stages.stream().mapToLong(stage -> stage.work().utterancesAnalyzed()).sum(),
                        stages.stream().mapToLong(stage -> stage.work().textModelLoadingMillis()).sum(),
                        stages.stream().mapToLong(stage -> stage.work().textAnalysisMillis()).sum()),
                stages.stream().mapToLong(StageMeasurement::peakResidentBytes).max().orElse(-1));
    }

    /**
     * CoreNLP's figures are CPU time, which a busy machine distorts less than wall time. Its share counts sentiment
     * and redaction against the process's CPU time; its loading (once per executor JVM, seconds whatever the batch)
     * is shown on its own, since over a long batch it fades.
     */
    private static void printRow(StageMeasurement stage, BenchmarkCalls calls, PrintStream out) {
        double wallSeconds = stage.wallMillis() / 1000.0;
        double audioSeconds = calls.audioMillis() / 1000.0;
        StageWork work = stage.work();
        boolean text = work.utterancesAnalyzed() > 0;
        out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %s | %s |%n",
                stage.master(), stage.stage(), wallSeconds, stage.cpuMillis() / 1000.0,
                audioSeconds / wallSeconds / stage.cores(), audioSeconds / (stage.cpuMillis() / 1000.0),
                text ? String.format(Locale.ROOT, "%.1f", work.textModelLoadingMillis() / 1000.0) : "–",
                text ? String.format(Locale.ROOT, "%.0f", work.utterancesAnalyzed() * 1000.0 / Math.max(1, work.textAnalysisMillis())) : "–",
                text ? String.format(Locale.ROOT, "%.0f %%", 100.0 * work.textAnalysisMillis() / Math.max(1, stage.cpuMillis())) : "–",
                stage.peakResidentBytes() < 0 ? "–" : String.valueOf(stage.peakResidentBytes() >> 20),
                stage.peakResidentBytes() < 0 ? "–" : String.valueOf((stage.peakResidentBytes() >> 20) / stage.cores()));
    }
}
