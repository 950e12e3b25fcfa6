package io.callqa.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.exceptions.CommitFailedException;
import org.apache.iceberg.exceptions.ValidationException;
import org.apache.iceberg.spark.Spark3Util;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.TableAlreadyExistsException;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Apache Iceberg tables of one output root (data files in Parquet under {@code OUT/<table>/data}). A stage never
 * appends blindly: it replaces the rows of the calls it processed and keeps every other row, in one Iceberg commit per
 * table, so re-running a batch gives no duplicates, readers see a table before or after a commit and never between,
 * and a process killed while writing leaves only files no snapshot refers to. Commits are optimistic: two processes
 * writing one table at once both land, the later one re-applied on top of the earlier (see {@link TableCatalog}).
 */
public final class TableStore {
    private static final Logger LOG = LoggerFactory.getLogger(TableStore.class);
    private static final String STAGING = "_staging";
    private static final String MERGE_KEY = "_callqa_key";
    private static final String MERGE_ACTION = "_callqa_action";
    private static final String SOURCE_PREFIX = "_callqa_new_";
    /** Whole-statement retries when a concurrent commit conflicts beyond what Iceberg's own retries resolve. */
    private static final int CONFLICT_ATTEMPTS = 10;

    private final SparkSession spark;
    private final String root;
    private final TableCatalog catalog;
    /** This process's intermediate files: concurrent runs into one root must not remove each other's. */
    private final String staging;

    /** Opens the tables under {@code root} in the catalog the session's conf names (by default, the embedded one). */
    public TableStore(SparkSession spark, String root) {
        this.spark = spark;
        this.root = normalized(root);
        this.catalog = TableCatalog.of(spark, this.root);
        this.staging = this.root + "/" + STAGING + "/" + UUID.randomUUID();
        for (int attempt = 1; ; attempt++) {
            try {
                spark.sql("CREATE NAMESPACE IF NOT EXISTS " + catalog.sparkCatalog() + "." + catalog.namespace());
                return;
            } catch (RuntimeException e) {
                // Two processes opening a new root at once both create the catalog's own tables and the namespace;
                // the one that comes second finds them there when it tries again.
                if (attempt == 3) {
                    throw new IllegalStateException("Cannot open the tables of " + this.root + ": " + e.getMessage(), e);
                }
                LOG.warn("Opening the tables of {} failed ({}); trying again", this.root, e.getMessage());
                sleep(1000L * attempt);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Cannot open the tables: interrupted", e);
        }
    }

    public String root() {
        return root;
    }

    public SparkSession spark() {
        return spark;
    }

    public TableCatalog catalog() {
        return catalog;
    }

    /** Where the table's files are: {@code OUT/<table>}. */
    public String location(String table) {
        return root + "/" + table;
    }

    /** The table's name for Spark SQL. */
    public String qualified(String table) {
        return catalog.qualified(table);
    }

    public boolean exists(String table) {
        return spark.catalog().tableExists(qualified(table));
    }

    /** The names of the tables of this root, sorted. */
    public List<String> tableNames() {
        return spark.sql("SHOW TABLES IN " + catalog.sparkCatalog() + "." + catalog.namespace())
                .select("tableName").collectAsList().stream().map(row -> row.getString(0)).sorted().toList();
    }

    /** The table's current rows, or an empty dataset with {@code schema} when the table does not exist yet. */
    public Dataset<Row> read(String table, StructType schema) {
        if (!exists(table)) {
            return spark.createDataFrame(List.of(), schema);
        }
        Dataset<Row> rows = spark.table(qualified(table));
        List<String> columns = Arrays.asList(rows.columns());
        // A column the code added since the table was last written reads as empty (see evolve).
        return rows.select(Arrays.stream(schema.fields())
                .map(field -> columns.contains(field.name()) ? col("`" + field.name() + "`")
                        : lit(null).cast(field.dataType()).as(field.name()))
                .toArray(Column[]::new));
    }

    /**
     * Replaces rows: every existing row for which {@code scope} holds and whose {@code key} is among {@code keys}
     * (a one-column dataset) is deleted and {@code newRows} are inserted, in one MERGE INTO (one commit).
     */
    public void replace(TableDefinition table, Dataset<Row> newRows, Column key, Dataset<Row> keys, Column scope) {
        Dataset<Row> deleted = keys.select(col(keys.columns()[0]).cast("string").as(MERGE_KEY)).distinct();
        merge(table, newRows, deleted, key.cast("string").equalTo(col(MERGE_KEY)).and(scope));
    }

    /** Replaces every existing row for which {@code replaced} holds by {@code newRows}, in one commit. */
    public void replaceWhere(TableDefinition table, Dataset<Row> newRows, Column replaced) {
        Dataset<Row> oneMarker = spark.sql("SELECT CAST(NULL AS STRING) AS " + MERGE_KEY);
        merge(table, newRows, oneMarker, replaced);
    }

    /** Writes {@code rows} as the whole new content of {@code table}, in one commit. */
    public void write(TableDefinition table, Dataset<Row> rows) {
        create(table);
        retryingConflicts(table, () -> {
            try {
                rows.select(table.columns()).writeTo(qualified(table.name())).overwrite(lit(true));
            } catch (Exception e) {
                throw propagate(e);
            }
            return null;
        });
    }

    /**
     * MERGE INTO with a source of the new rows (to insert) and delete markers (their {@code MERGE_KEY} matched by
     * {@code deletes}): Iceberg writes the deletes and the new rows as one snapshot. The new rows' columns are renamed
     * so that {@code deletes} can name the table's columns unqualified.
     */
    private void merge(TableDefinition table, Dataset<Row> newRows, Dataset<Row> markers, Column deletes) {
        create(table);
        StructField[] fields = table.schema().fields();
        Column[] inserted = new Column[fields.length + 2];
        Column[] marker = new Column[fields.length + 2];
        Map<String, Column> assignments = new LinkedHashMap<>();
        for (int index = 0; index < fields.length; index++) {
            String name = fields[index].name();
            inserted[index] = col("`" + name + "`").as(SOURCE_PREFIX + name);
            marker[index] = lit(null).cast(fields[index].dataType()).as(SOURCE_PREFIX + name);
            assignments.put("`" + name + "`", col(SOURCE_PREFIX + name));
        }
        inserted[fields.length] = lit(null).cast("string").as(MERGE_KEY);
        inserted[fields.length + 1] = lit(true).as(MERGE_ACTION);
        marker[fields.length] = col(MERGE_KEY);
        marker[fields.length + 1] = lit(false).as(MERGE_ACTION);
        Dataset<Row> source = newRows.select(inserted).unionByName(markers.select(marker));
        retryingConflicts(table, () -> {
            try {
                source.mergeInto(qualified(table.name()), col(MERGE_ACTION).equalTo(false).and(deletes))
                        .whenMatched().delete()
                        .whenNotMatched(col(MERGE_ACTION)).insert(scala.jdk.javaapi.CollectionConverters.asScala(
                                assignments).toMap(scala.$less$colon$less$.MODULE$.refl()))
                        .merge();
            } catch (Exception e) {
                throw propagate(e);
            }
            return null;
        });
    }

    /**
     * Creates the table when it does not exist yet (Iceberg, Parquet data files, partitioned as defined), or adds the
     * columns its definition gained since: Iceberg adds a column to the metadata only, the data files stay as they are
     * and their rows read the new column as empty. Added columns are optional whatever the definition says, because
     * the rows already written have no value for them.
     */
    private void create(TableDefinition table) {
        if (exists(table.name())) {
            evolve(table);
            return;
        }
        String partitioning = table.partitionColumns().isEmpty() ? ""
                : " PARTITIONED BY (" + String.join(", ", table.partitionColumns()) + ")";
        try {
            spark.sql("CREATE TABLE " + qualified(table.name()) + " (" + table.schema().toDDL() + ") USING iceberg"
                    + partitioning + " LOCATION '" + location(table.name()) + "' TBLPROPERTIES ("
                    + "'format-version'='2', 'write.format.default'='parquet', "
                    // Deletes as delete files beside the data: a batch writes in proportion to its own rows, not to
                    // the data files its rows were in; `callqa maintain` folds them back into the data files.
                    + "'write.delete.mode'='merge-on-read', 'write.update.mode'='merge-on-read', "
                    + "'write.merge.mode'='merge-on-read', "
                    // Serializable: two runs may write rows of one call (a call in both manifests, or one run's
                    // score picking up the other's calls); only then does a MERGE see that a concurrent commit added
                    // rows it would have replaced, and is run again instead of leaving both.
                    + "'write.merge.isolation-level'='serializable', 'write.delete.isolation-level'='serializable', "
                    + "'commit.retry.num-retries'='20', 'commit.retry.min-wait-ms'='100', "
                    + "'write.metadata.delete-after-commit.enabled'='true', "
                    + "'write.metadata.previous-versions-max'='100')");
        } catch (Exception e) {
            if (!(e instanceof TableAlreadyExistsException) && !exists(table.name())) {
                throw new IllegalStateException("Cannot create table " + table.name() + ": " + e.getMessage(), e);
            }
            // Another process created it first.
        }
    }

    private void evolve(TableDefinition table) {
        List<String> existing = Arrays.asList(spark.table(qualified(table.name())).columns());
        for (StructField field : table.schema().fields()) {
            if (!existing.contains(field.name())) {
                LOG.info("Adding column {} to table {}", field.name(), table.name());
                spark.sql("ALTER TABLE " + qualified(table.name()) + " ADD COLUMN `" + field.name() + "` "
                        + field.dataType().sql() + field.getComment().map(comment -> " COMMENT '"
                        + comment.replace("'", "\\'") + "'").getOrElse(() -> ""));
            }
        }
    }

    /** Runs a write again when a concurrent commit made it conflict; Iceberg has already retried the commit itself. */
    private <T> T retryingConflicts(TableDefinition table, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (attempt >= CONFLICT_ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                LOG.warn("Writing table {} conflicted with a concurrent commit; writing again (attempt {} of {})",
                        table.name(), attempt + 1, CONFLICT_ATTEMPTS);
            }
        }
    }

    private static boolean isConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommitFailedException || cause instanceof ValidationException) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException propagate(Exception e) {
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    }

    /** The Iceberg table, for actions and snapshot management. */
    public Table icebergTable(String table) {
        try {
            return Spark3Util.loadIcebergTable(spark, qualified(table));
        } catch (ParseException | org.apache.spark.sql.catalyst.analysis.NoSuchTableException e) {
            throw new IllegalArgumentException("Cannot load table " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * Tags the current snapshot of every table with {@code tag} (a run id), so that what the tables said after that
     * run can be read again: {@code callqa sql --as-of TAG}. A tag already there moves to the current snapshot.
     */
    public void tagCurrentSnapshots(String tag) {
        for (String name : tableNames()) {
            Table table = icebergTable(name);
            Snapshot current = table.currentSnapshot();
            if (current == null) {
                continue;
            }
            if (table.refs().containsKey(tag)) {
                table.manageSnapshots().replaceTag(tag, current.snapshotId()).commit();
            } else {
                table.manageSnapshots().createTag(tag, current.snapshotId()).commit();
            }
        }
    }

    /** Writes intermediate rows that are read back more than once, so that expensive work runs only once. */
    public Dataset<Row> materialize(String name, Dataset<Row> rows) {
        // A unique folder: a stage may build the same intermediate again (ScoreJob, after a concurrent commit).
        String location = staging + "/" + name + "-" + UUID.randomUUID();
        rows.write().parquet(location);
        return spark.read().parquet(location);
    }

    /** Removes intermediate files; called when a stage has finished. */
    public void cleanStaging() {
        try {
            org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(staging);
            folder.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(folder, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + staging + ": " + e.getMessage(), e);
        }
    }

    /** A local folder as an absolute path (the embedded catalog and table locations must not depend on the cwd). */
    private static String normalized(String root) {
        String trimmed = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        if (trimmed.contains("://") || trimmed.startsWith("file:")) {
            return trimmed;
        }
        return Path.of(trimmed).toAbsolutePath().normalize().toString();
    }
}
