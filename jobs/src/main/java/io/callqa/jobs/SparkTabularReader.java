package io.callqa.jobs;

import io.callqa.manifest.ManifestException;
import io.callqa.manifest.RawRow;
import io.callqa.manifest.TabularFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads a small Parquet manifest or roster on the driver, as text columns like a CSV file. */
public final class SparkTabularReader implements Function<Path, TabularFile.Contents> {
    private final SparkSession spark;

    public SparkTabularReader(SparkSession spark) {
        this.spark = spark;
    }

    @Override
    public TabularFile.Contents apply(Path file) {
        Dataset<Row> table;
        try {
            table = spark.read().parquet(file.toString());
        } catch (RuntimeException e) {
            throw new ManifestException("Cannot read " + file + " as Parquet: " + e.getMessage(), e);
        }
        String[] columns = table.columns();
        List<RawRow> rows = new ArrayList<>();
        int line = 1;
        for (Row row : table.collectAsList()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int index = 0; index < columns.length; index++) {
                Object value = row.get(index);
                values.put(columns[index], value == null ? null : value instanceof java.sql.Timestamp timestamp
                        ? timestamp.toInstant().toString() : value.toString());
            }
            rows.add(new RawRow(line++, values));
        }
        return new TabularFile.Contents(new LinkedHashSet<>(Arrays.asList(columns)), rows);
    }
}
