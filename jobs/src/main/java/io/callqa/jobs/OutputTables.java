package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import io.callqa.tables.TableStore;
import io.callqa.tables.TableVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The tables of an output root, for queries: each becomes a temporary view named after the table. */
public final class OutputTables {
    /** Lines end as the platform's do, like the rest of what the command line prints. */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator(System.lineSeparator()).get();

    private OutputTables() {}

    public static List<String> registerViews(SparkSession spark, String outputRoot) {
        return registerViews(spark, outputRoot, TableVersion.CURRENT);
    }

    /**
     * Each table as it was at {@code version}; a table that did not exist then (or lacks the tag) gets no view.
     *
     * @return the views registered
     */
    public static List<String> registerViews(SparkSession spark, String outputRoot, TableVersion version) {
        if (!outputRoot.contains("://") && !Files.isDirectory(Path.of(outputRoot))) {
            throw new IllegalArgumentException("Cannot query " + outputRoot + ": the folder does not exist");
        }
        TableStore store = new TableStore(spark, outputRoot);
        List<String> registered = new ArrayList<>();
        for (String table : store.tableNames()) {
            Optional<Dataset<Row>> rows = version.read(spark, store, table);
            if (rows.isPresent()) {
                rows.get().createOrReplaceTempView(table);
                registered.add(table);
            }
        }
        return registered;
    }

    /** RFC 4180 CSV with a header; nested values (arrays, structs) as JSON. */
    public static void printCsv(Dataset<Row> result, PrintStream out) {
        StructField[] fields = result.schema().fields();
        Column[] flat = Arrays.stream(fields)
                .map(field -> field.dataType() instanceof StructType || field.dataType() instanceof ArrayType
                        || field.dataType() instanceof MapType
                        ? to_json(col("`" + field.name() + "`")).as(field.name())
                        : col("`" + field.name() + "`"))
                .toArray(Column[]::new);
        try {
            CSVPrinter printer = new CSVPrinter(out, CSV);
            printer.printRecord(Arrays.stream(fields).map(StructField::name));
            for (Row row : result.select(flat).collectAsList()) {
                List<String> values = new ArrayList<>();
                for (int index = 0; index < row.length(); index++) {
                    values.add(row.isNullAt(index) ? null : String.valueOf(row.get(index)));
                }
                printer.printRecord(values);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot print the query's result: " + e.getMessage(), e);
        }
    }
}
