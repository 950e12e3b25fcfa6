package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import io.callqa.tables.TableDefinition;
import io.callqa.tables.Tables;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The tables of an output root, for queries: each becomes a temporary view named after its folder. */
public final class OutputTables {
    private OutputTables() {}

    public static List<String> registerViews(SparkSession spark, String outputRoot) {
        Path root = new Path(outputRoot);
        try {
            FileSystem fileSystem = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fileSystem.exists(root)) {
                throw new IllegalArgumentException("Cannot query " + outputRoot + ": the folder does not exist");
            }
            List<String> tables = Arrays.stream(fileSystem.listStatus(root))
                    .filter(FileStatus::isDirectory)
                    .map(status -> status.getPath().getName())
                    .filter(name -> !name.startsWith("_") && !name.startsWith(".") && !name.equals(ReportJob.FOLDER))
                    .sorted()
                    .toList();
            for (String table : tables) {
                // A known table is read with its declared schema: an empty one (no rejects, say) has no file to infer
                // a schema from.
                Optional<TableDefinition> known = Tables.ALL.stream().filter(each -> each.name().equals(table)).findFirst();
                (known.isPresent() ? spark.read().schema(known.get().schema()) : spark.read())
                        .parquet(outputRoot + "/" + table).createOrReplaceTempView(table);
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the tables of " + outputRoot + ": " + e.getMessage(), e);
        }
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
