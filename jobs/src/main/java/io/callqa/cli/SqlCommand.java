package io.callqa.cli;

import io.callqa.jobs.OutputTables;
import io.callqa.tables.TableVersion;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run a Spark SQL query over the tables of an output root and print the result as CSV.",
        footer = "%nExample: callqa sql --out out/demo \"SELECT role, count(*) FROM transcripts GROUP BY role\"")
final class SqlCommand implements Callable<Integer> {
    @Mixin
    EnvironmentOptions environment;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output root holding the tables.")
    String out;

    @Option(names = "--as-of", paramLabel = "WHEN",
            description = "Query the tables as they were: an ISO-8601 time (2026-12-01T09:00:00Z) or date, a snapshot "
                    + "id of any table (every table as it was when that snapshot was committed), or a run id (the tag "
                    + "callqa run put on every table when it finished).")
    String asOf;

    @Parameters(paramLabel = "QUERY", description = "The query; every table of the output root is a view by its name.")
    String query;

    @Override
    public Integer call() {
        SparkSession spark = environment.open().spark();
        OutputTables.registerViews(spark, out, asOf == null ? TableVersion.CURRENT : TableVersion.parse(asOf));
        OutputTables.printCsv(spark.sql(query), System.out);
        return 0;
    }
}
