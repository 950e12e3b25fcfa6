package io.callqa.cli;

import io.callqa.tables.TableExport;
import io.callqa.tables.TableStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run every stage on the bundled sample calls (samples/) and say where the tables are.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    EnvironmentOptions environment;

    @Option(names = "--out", paramLabel = "DIR", description = "Output root (default: out/demo in the callqa folder).")
    Path out;

    @Override
    public Integer call() {
        Path home = CallqaHome.get();
        StageOptions stage = new StageOptions();
        stage.calls = home.resolve("samples/calls.csv");
        stage.agents = home.resolve("samples/agents.csv");
        stage.out = (out != null ? out : home.resolve("out/demo")).toAbsolutePath().toString();
        String report = Batch.run(environment, stage, System.out);
        // The notebooks read plain Parquet (see notebooks/README.md): export beside the output root.
        String parquet = stage.out + "-parquet";
        new TableExport(new TableStore(environment.spark(environment.config()), stage.out)).toParquet(parquet);
        System.out.printf("%nThe tables are in %s (Iceberg; as plain Parquet for the notebooks in %s)%nThe QA review "
                + "queue: ./callqa sql --out %s \"SELECT priority, call_id, agent_name, total_score, reason_codes FROM "
                + "flagged_calls ORDER BY priority, total_score\"%nThe report (open it in a browser): %s%n",
                stage.out, parquet, stage.out, report);
        return 0;
    }
}
