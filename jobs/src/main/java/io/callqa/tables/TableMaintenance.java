package io.callqa.tables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.iceberg.Table;
import org.apache.iceberg.actions.DeleteOrphanFiles;
import org.apache.iceberg.actions.ExpireSnapshots;
import org.apache.iceberg.actions.RewriteDataFiles;
import org.apache.iceberg.spark.actions.SparkActions;

/**
 * Keeps the tables of an output root small and fast, in Iceberg's own actions, table by table: folds small files and
 * delete files into larger data files, expires snapshots older than the retention (those a run tagged stay readable)
 * and removes files no snapshot refers to (what a killed run wrote, say).
 */
public final class TableMaintenance {
    /** Files younger than this may belong to a write still in progress in another process: never orphans yet. */
    private static final Duration ORPHAN_MINIMUM_AGE = Duration.ofDays(1);

    private final TableStore store;
    private Duration retention = Duration.ofDays(30);

    public TableMaintenance(TableStore store) {
        this.store = store;
    }

    /** Snapshots older than this are expired; the current one and tagged ones are always kept. */
    public TableMaintenance retention(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("Cannot expire snapshots: retention " + value + " is negative");
        }
        this.retention = value;
        return this;
    }

    public Result execute() {
        SparkActions actions = SparkActions.get(store.spark());
        Instant now = Instant.now();
        List<TableResult> tables = new ArrayList<>();
        for (String name : store.tableNames()) {
            Table table = store.icebergTable(name);
            if (table.currentSnapshot() == null) {
                continue;
            }
            RewriteDataFiles.Result rewritten = actions.rewriteDataFiles(table)
                    .option("min-input-files", "2")
                    // A data file with any delete file is rewritten, so readers stop merging deletes at read time.
                    .option("delete-file-threshold", "1")
                    // ... and the delete files that then refer to no live data file are dropped.
                    .option("remove-dangling-deletes", "true")
                    .execute();
            ExpireSnapshots.Result expired = actions.expireSnapshots(table)
                    .expireOlderThan(now.minus(retention).toEpochMilli())
                    .retainLast(1)
                    .execute();
            DeleteOrphanFiles.Result orphans = actions.deleteOrphanFiles(table)
                    .olderThan(now.minus(ORPHAN_MINIMUM_AGE).toEpochMilli())
                    .execute();
            int orphanCount = 0;
            for (String ignored : orphans.orphanFileLocations()) {
                orphanCount++;
            }
            tables.add(new TableResult(name, rewritten.rewrittenDataFilesCount(), rewritten.addedDataFilesCount(),
                    expired.deletedDataFilesCount() + expired.deletedManifestsCount()
                            + expired.deletedManifestListsCount(),
                    orphanCount));
        }
        return new Result(tables);
    }

    /**
     * @param rewrittenFiles data files folded into {@code addedFiles} larger ones
     * @param expiredFiles data, manifest and manifest-list files of expired snapshots that were deleted
     * @param orphanFiles files no snapshot referred to that were deleted
     */
    public record TableResult(String table, int rewrittenFiles, int addedFiles, long expiredFiles, int orphanFiles) {}

    public record Result(List<TableResult> tables) {
        public Result {
            tables = List.copyOf(tables);
        }
    }
}
