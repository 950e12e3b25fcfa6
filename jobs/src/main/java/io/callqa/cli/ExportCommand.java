package io.callqa.cli;

import io.callqa.tables.TableExport;
import io.callqa.tables.TableStore;
import io.callqa.tables.TableVersion;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the tables of an output root as plain Parquet folders (DIR/<table>/call_date=.../), for "
                + "tools that read Parquet but not Iceberg. DIR is replaced table by table.",
        footer = "%nExample: callqa export --out out/demo --format parquet /tmp/callqa-parquet")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    EnvironmentOptions environment;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output root holding the tables.")
    String out;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "parquet (the only one).")
    String format;

    @Option(names = "--as-of", paramLabel = "WHEN",
            description = "Export the tables as they were: an ISO-8601 time, a snapshot id or a run id.")
    String asOf;

    @Parameters(paramLabel = "TARGET", description = "Folder to write the Parquet tables into.")
    String target;

    @Override
    public Integer call() {
        if (!format.equals("parquet")) {
            throw new IllegalArgumentException("Cannot export as " + format + ": the one format is parquet");
        }
        TableStore store = new TableStore(environment.open().spark(), out);
        List<String> tables = new TableExport(store)
                .asOf(asOf == null ? TableVersion.CURRENT : TableVersion.parse(asOf))
                .toParquet(target);
        System.out.printf("export: %d tables written as Parquet to %s%n", tables.size(), target);
        return 0;
    }
}
