package io.callqa.cli;

import io.callqa.samples.CallScript;
import io.callqa.samples.CallSynthesizer;
import io.callqa.samples.DemoWeeks;
import io.callqa.samples.SampleCallsGenerator;
import io.callqa.samples.TextToSpeech;
import java.io.IOException;
import java.nio.file.Files;
import io.callqa.tables.TableExport;
import io.callqa.tables.TableStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.codec.digest.DigestUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run every stage on six weeks of sample calls (two teams, six agents; spoken by flite on first use) "
                + "and say where the tables and the report are. Without flite, on the four committed calls in samples/.")
final class DemoCommand implements Callable<Integer> {
    /** Beside the output root, not in it: every folder under the root is taken for a table. */
    private static final String CALLS_SUFFIX = "-calls";
    private static final String SCRIPTS_MARKER = ".scripts-sha256";

    @Mixin
    EnvironmentOptions environment;

    @Option(names = "--out", paramLabel = "DIR", description = "Output root (default: out/demo in the callqa folder).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path home = CallqaHome.get();
        Path root = (out != null ? out : home.resolve("out/demo")).toAbsolutePath();
        Path samples = demoCalls(home, root.resolveSibling(root.getFileName() + CALLS_SUFFIX));
        StageOptions stage = new StageOptions();
        stage.calls = samples.resolve(SampleCallsGenerator.MANIFEST_FILE);
        stage.agents = samples.resolve(SampleCallsGenerator.ROSTER_FILE);
        stage.out = root.toString();
        Environment opened = environment.open();
        String report = Batch.run(opened, stage, System.out);
        // The notebooks read plain Parquet (see notebooks/README.md): export beside the output root.
        String parquet = stage.out + "-parquet";
        new TableExport(new TableStore(opened.spark(), stage.out)).toParquet(parquet);
        System.out.printf("%nThe tables are in %s (Iceberg; as plain Parquet for the notebooks in %s)%nThe QA review "
                + "queue: ./callqa sql --out %s \"SELECT priority, call_id, agent_name, total_score, reason_codes FROM "
                + "flagged_calls ORDER BY priority, total_score\"%nThe report (open it in a browser): %s%n",
                stage.out, parquet, stage.out, report);
        return 0;
    }

    /**
     * The six demo weeks, spoken by flite into {@code folder} the first time (and again only when the scripts
     * change); without flite, the four calls committed in {@code samples/}.
     */
    private static Path demoCalls(Path home, Path folder) throws IOException {
        if (!TextToSpeech.isInstalled()) {
            System.out.println("demo: flite is not installed (apt-get install flite), so the demo runs on the 4 calls in "
                    + "samples/ only: one week, no trend lines, no coaching targets");
            return home.resolve("samples");
        }
        List<CallScript> scripts = DemoWeeks.calls();
        String fingerprint = DigestUtils.sha256Hex(scripts.toString() + DemoWeeks.agents());
        Path marker = folder.resolve(SCRIPTS_MARKER);
        if (Files.exists(marker) && Files.readString(marker).equals(fingerprint)) {
            System.out.printf("demo: %d sample calls already spoken in %s%n", scripts.size(), folder);
            return folder;
        }
        System.out.printf("demo: speaking %d sample calls with flite into %s (once)...%n", scripts.size(), folder);
        long start = System.nanoTime();
        new SampleCallsGenerator(new CallSynthesizer(new TextToSpeech()), DemoWeeks.agents()).generate(folder, scripts);
        Files.writeString(marker, fingerprint);
        System.out.printf("demo: spoke %d calls in %.1f s%n", scripts.size(), (System.nanoTime() - start) / 1e9);
        return folder;
    }

}
