package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import io.callqa.tables.TableStore;
import io.callqa.tables.TableVersion;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
        out.println(String.join(",", Arrays.stream(fields).map(field -> quote(field.name())).toList()));
        for (Row row : result.select(flat).collectAsList()) {
            StringBuilder line = new StringBuilder();
            for (int index = 0; index < row.length(); index++) {
                if (index > 0) {
                    line.append(',');
                }
                line.append(row.isNullAt(index) ? "" : quote(String.valueOf(row.get(index))));
            }
            out.println(line);
        }
    }

    private static String quote(String value) {
        boolean needsQuotes = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
