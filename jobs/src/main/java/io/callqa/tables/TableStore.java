package io.callqa.tables;

import static org.apache.spark.sql.functions.broadcast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Parquet tables under one output root. A stage never appends blindly: it replaces the rows of the calls it
 * processed and keeps every other row, so re-running a batch gives no duplicates. The new version of a table is
 * written beside it and swapped in only once complete, so readers never see a half-written table; a swap cut short by
 * a killed process is finished when the next store opens on the same root (see {@link TableSwap}).
 */
public final class TableStore {
    private static final Logger LOG = LoggerFactory.getLogger(TableStore.class);
    private static final String STAGING = "_staging";

    private final SparkSession spark;
    private final String root;

    /**
     * Opens the tables under {@code root}, first finishing any table swap a killed run left half done: every stage
     * opens its store before it reads, so no stage ever takes a table caught between two versions for a missing one.
     */
    public TableStore(SparkSession spark, String root) {
        this.spark = spark;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        try {
            Path rootPath = new Path(this.root);
            List<String> recovered = TableSwap.recoverAll(fileSystem(rootPath), rootPath, STAGING);
            if (!recovered.isEmpty()) {
                LOG.warn("Finished replacing tables {} that an interrupted run left half replaced", recovered);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the tables under " + root
                    + ": an interrupted table replacement could not be finished: " + e.getMessage(), e);
        }
    }

    public String root() {
        return root;
    }

    public String location(String table) {
        return root + "/" + table;
    }

    public boolean exists(String table) {
        try {
            Path path = new Path(location(table));
            return fileSystem(path).exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check table " + table + ": " + e.getMessage(), e);
        }
    }

    /** The table's rows, or an empty dataset with {@code schema} when the table does not exist yet. */
    public Dataset<Row> read(String table, StructType schema) {
        if (!exists(table)) {
            return spark.createDataFrame(List.of(), schema);
        }
        return spark.read().schema(schema).parquet(location(table));
    }

    /**
     * Replaces rows: every existing row for which {@code scope} holds and whose {@code key} is among {@code keys}
     * (a one-column dataset) is dropped, then {@code newRows} are added.
     */
    public void replace(TableDefinition table, Dataset<Row> newRows, Column key, Dataset<Row> keys, Column scope) {
        Dataset<Row> existing = read(table.name(), table.schema());
        Column replaced = key.equalTo(keys.col(keys.columns()[0])).and(scope);
        Dataset<Row> kept = existing.join(broadcast(keys), replaced, "left_anti");
        write(table, kept.unionByName(newRows.select(table.columns())));
    }

    /** Replaces every existing row for which {@code replaced} holds by {@code newRows}. */
    public void replaceWhere(TableDefinition table, Dataset<Row> newRows, Column replaced) {
        Dataset<Row> kept = read(table.name(), table.schema()).where(functions.not(replaced));
        write(table, kept.unionByName(newRows.select(table.columns())));
    }

    /** Writes {@code rows} as the new content of {@code table}. */
    public void write(TableDefinition table, Dataset<Row> rows) {
        String runId = UUID.randomUUID().toString();
        Path target = new Path(location(table.name()));
        Path staging = new Path(root + "/" + STAGING + "/" + table.name() + "-" + runId);
        rows.select(table.columns()).write()
                .mode(SaveMode.ErrorIfExists)
                .partitionBy(table.partitionColumns().toArray(String[]::new))
                .parquet(staging.toString());
        try {
            new TableSwap(fileSystem(target), staging, target).run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot replace table " + table.name() + ": " + e.getMessage(), e);
        }
    }

    /** Writes intermediate rows that are read back more than once, so that expensive work runs only once. */
    public Dataset<Row> materialize(String name, Dataset<Row> rows) {
        String location = root + "/" + STAGING + "/" + name + "-" + UUID.randomUUID();
        rows.write().parquet(location);
        return spark.read().parquet(location);
    }

    /** Removes intermediate files; called when a stage has finished. */
    public void cleanStaging() {
        try {
            Path staging = new Path(root + "/" + STAGING);
            fileSystem(staging).delete(staging, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + root + "/" + STAGING + ": " + e.getMessage(), e);
        }
    }

    private FileSystem fileSystem(Path path) throws IOException {
        return path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    }
}
