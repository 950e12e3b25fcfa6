package io.callqa.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.config.CallqaConfig;
import io.callqa.jobs.OutputTables;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table layer on Iceberg: per-batch replaces, the schema contract, evolution, time travel, maintenance, export. */
class IcebergTablesTest {
    private final SparkSession spark = SharedSpark.get();

    @TempDir
    Path folder;

    @Test
    void replacingABatchTouchesOnlyItsRowsAndRunningItAgainDuplicatesNothing() {
        TableStore store = new TableStore(spark, folder.resolve("out").toString());
        store.write(Tables.REJECTS, rejects("a", "b"));
        String fileOfA = fileOf(store, "a");

        for (int run = 0; run < 2; run++) {
            store.replace(Tables.REJECTS, rejects("b", "c"), col("call_id"), keys("b", "c"), col("stage").equalTo("transcribe"));
        }

        assertThat(callIds(store)).containsExactly("a", "b", "c");
        // Merge-on-read: the row of a call outside the batch stays in the data file it was written to.
        assertThat(fileOf(store, "a")).isEqualTo(fileOfA);
        assertThat(spark.sql("SELECT count(*) FROM " + store.qualified("rejects") + ".delete_files").first().getLong(0))
                .as("delete files").isPositive();
    }

    @Test
    void everyTableIsCreatedAsItsSchemaFileDeclares() {
        TableStore store = new TableStore(spark, folder.resolve("out").toString());
        for (TableDefinition table : Tables.ALL) {
            store.write(table, spark.createDataFrame(List.of(), table.schema()));
            StructType declared = SchemaFile.read(SchemaFile.location(CallqaTestHome.home().resolve("schemas"), table.name()));
            assertThat(contract(spark.table(store.qualified(table.name())).schema())).as(table.name())
                    .isEqualTo(contract(declared));
            List<String> partitioning = store.icebergTable(table.name()).spec().fields().stream()
                    .map(org.apache.iceberg.PartitionField::name).toList();
            assertThat(partitioning).as(table.name() + " partitioned by").isEqualTo(table.partitionColumns());
        }
    }

    @Test
    void aColumnAddedToADefinitionIsAddedToTheTableWithoutRewritingItsData() {
        TableStore store = new TableStore(spark, folder.resolve("out").toString());
        StructType before = new StructType().add("call_id", DataTypes.StringType, false)
                .add("call_date", DataTypes.DateType, false);
        TableDefinition first = new TableDefinition("notes", "test", before, List.of("call_date"));
        store.write(first, spark.createDataFrame(List.of(first.row().set("call_id", "a")
                .set("call_date", java.sql.Date.valueOf("2026-11-02")).build()), before));
        List<Row> filesBefore = spark.sql("SELECT file_path FROM " + store.qualified("notes") + ".files").collectAsList();

        StructType after = new StructType().add("call_id", DataTypes.StringType, false)
                .add("note", DataTypes.StringType, true, "Added later").add("call_date", DataTypes.DateType, false);
        TableDefinition second = new TableDefinition("notes", "test", after, List.of("call_date"));
        assertThat(store.read("notes", after).first().isNullAt(1)).as("the new column reads as empty before").isTrue();
        store.replace(second, spark.createDataFrame(List.of(second.row().set("call_id", "b").set("note", "new")
                        .set("call_date", java.sql.Date.valueOf("2026-11-02")).build()),
                after), col("call_id"), keys("b"), lit(true));

        assertThat(spark.sql("SELECT file_path FROM " + store.qualified("notes") + ".files").collectAsList())
                .containsAll(filesBefore);
        assertThat(store.read("notes", after).orderBy("call_id").collectAsList())
                .extracting(Row::toString).containsExactly("[a,null,2026-11-02]", "[b,new,2026-11-02]");
    }

    @Test
    void aRunTagASnapshotAndATimeReadTheTablesAsTheyWere() throws Exception {
        String out = folder.resolve("out").toString();
        TableStore store = new TableStore(spark, out);
        store.write(Tables.REJECTS, rejects("a", "b"));
        store.tagCurrentSnapshots("run-1");
        long snapshot = store.icebergTable("rejects").currentSnapshot().snapshotId();
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        store.replace(Tables.REJECTS, rejects("c"), col("call_id"), keys("a", "c"), lit(true));

        for (String asOf : List.of("run-1", String.valueOf(snapshot), between.toString())) {
            OutputTables.registerViews(spark, out, TableVersion.parse(asOf));
            assertThat(spark.sql("SELECT call_id FROM rejects ORDER BY call_id").collectAsList())
                    .as("as of " + asOf).extracting(row -> row.getString(0)).containsExactly("a", "b");
        }
        OutputTables.registerViews(spark, out);
        assertThat(spark.sql("SELECT call_id FROM rejects ORDER BY call_id").collectAsList())
                .extracting(row -> row.getString(0)).containsExactly("b", "c");
        assertThat(OutputTables.registerViews(spark, out, TableVersion.parse("2020-01-01"))).isEmpty();
    }

    @Test
    void maintenanceCompactsExpiresOldSnapshotsKeepsTaggedOnesAndRemovesOrphans() throws Exception {
        TableStore store = new TableStore(spark, folder.resolve("out").toString());
        store.write(Tables.REJECTS, rejects("a", "b"));
        store.tagCurrentSnapshots("run-1");
        for (String call : List.of("c", "d", "b")) {
            store.replace(Tables.REJECTS, rejects(call), col("call_id"), keys(call), lit(true));
        }
        Path orphan = Files.writeString(Path.of(store.location("rejects"), "data", "killed-run.parquet"), "half written");
        Files.setLastModifiedTime(orphan, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        int snapshotsBefore = count(store.icebergTable("rejects").snapshots());

        TableMaintenance.Result result = new TableMaintenance(store).retention(Duration.ZERO).execute();

        TableMaintenance.TableResult rejects = result.tables().stream().filter(each -> each.table().equals("rejects"))
                .findFirst().orElseThrow();
        assertThat(rejects.rewrittenFiles()).isGreaterThan(rejects.addedFiles());
        assertThat(rejects.orphanFiles()).isEqualTo(1);
        assertThat(orphan).doesNotExist();
        assertThat(count(store.icebergTable("rejects").snapshots())).isLessThan(snapshotsBefore);
        assertThat(callIds(store)).containsExactly("a", "b", "c", "d");
        assertThat(spark.read().option("versionAsOf", "run-1").table(store.qualified("rejects")).count()).isEqualTo(2);
        assertThat(spark.sql("SELECT count(*) FROM " + store.qualified("rejects") + ".delete_files").first().getLong(0))
                .as("delete files left").isZero();
    }

    @Test
    void anExportIsPlainParquetPartitionedAsTheTable() {
        TableStore store = new TableStore(spark, folder.resolve("out").toString());
        store.write(Tables.REJECTS, rejects("a", "b"));
        store.replace(Tables.REJECTS, rejects("c"), col("call_id"), keys("a", "c"), lit(true));

        assertThat(new TableExport(store).toParquet(folder.resolve("parquet").toString())).containsExactly("rejects");

        assertThat(folder.resolve("parquet/rejects/stage=transcribe")).isDirectory();
        assertThat(spark.read().parquet(folder.resolve("parquet/rejects").toString()).orderBy("call_id")
                .select("call_id").collectAsList()).extracting(row -> row.getString(0)).containsExactly("b", "c");
    }

    /** The second way to the tables: a named Iceberg catalog configured in conf/callqa.yaml (here JDBC on SQLite). */
    @Test
    void aCatalogNamedInTheSettingsHoldsTheTablesInsteadOfTheEmbeddedOne() throws Exception {
        Path settings = folder.resolve("callqa.yaml");
        String defaults = Files.readString(CallqaTestHome.home().resolve("conf/callqa.yaml"));
        Files.writeString(settings, defaults.substring(0, defaults.indexOf("\ntables:")) + "\ntables:\n"
                + "  catalog: warehouse\n  namespace: qa\n  catalog_properties:\n"
                + "    catalog-impl: org.apache.iceberg.jdbc.JdbcCatalog\n"
                + "    uri: jdbc:sqlite:" + folder.resolve("warehouse.db") + "\n"
                + "    warehouse: " + folder.resolve("warehouse") + "\n"
                + "    jdbc.schema-version: V1\n");
        CallqaConfig.TableSettings tables = CallqaConfig.load(settings, CallqaTestHome.home()).tables();
        String out = folder.resolve("out").toString();
        try {
            TableCatalog.configure(spark, tables.catalog(), tables.namespace(), tables.catalogProperties());
            TableStore store = new TableStore(spark, out);
            store.write(Tables.REJECTS, rejects("a", "b"));

            assertThat(store.qualified("rejects")).isEqualTo("warehouse.qa.rejects");
            assertThat(spark.table("warehouse.qa.rejects").count()).isEqualTo(2);
            assertThat(folder.resolve("warehouse.db")).isNotEmptyFile();
            assertThat(folder.resolve("out").resolve(TableCatalog.FOLDER)).doesNotExist();
            assertThat(folder.resolve("out/rejects/metadata")).isDirectory();
        } finally {
            TableCatalog.configure(spark, TableCatalog.EMBEDDED, TableCatalog.DEFAULT_NAMESPACE, java.util.Map.of());
        }
        assertThat(new TableStore(spark, out).exists("rejects")).as("not in the embedded catalog").isFalse();
    }

    private Dataset<Row> rejects(String... callIds) {
        Timestamp now = Timestamp.from(Instant.now());
        return spark.createDataFrame(Arrays.stream(callIds).map(id -> Tables.REJECTS.row().set("call_id", id)
                .set("source", "calls.csv:2").set("reason", "AUDIO_NOT_FOUND").set("message", "Cannot read audio of " + id)
                .set("input_reference", null).set("warning", false).set("rejected_at", now).set("stage", "transcribe")
                .build()).toList(), Tables.REJECTS.schema());
    }

    private Dataset<Row> keys(String... callIds) {
        return spark.createDataFrame(Arrays.stream(callIds).map(id -> RowFactory.create(id)).toList(),
                new StructType().add("key", DataTypes.StringType));
    }

    private static List<String> callIds(TableStore store) {
        return store.read("rejects", Tables.REJECTS.schema()).orderBy("call_id").select("call_id").collectAsList()
                .stream().map(row -> row.getString(0)).toList();
    }

    private String fileOf(TableStore store, String callId) {
        return spark.table(store.qualified("rejects")).where(col("call_id").equalTo(callId)).select("_file").first()
                .getString(0);
    }

    private static List<String> contract(StructType schema) {
        return Arrays.stream(schema.fields())
                .map((StructField field) -> field.name() + " " + field.dataType().simpleString() + " "
                        + (field.nullable() ? "NULL" : "NOT NULL"))
                .toList();
    }

    private static int count(Iterable<?> items) {
        int count = 0;
        for (Object ignored : items) {
            count++;
        }
        return count;
    }
}
