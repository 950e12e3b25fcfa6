package io.callqa.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes the tables of an output root (as of a version) as plain Parquet folders, {@code DIR/<table>/}, partitioned as
 * the tables are ({@code call_date=...}): for tools that read Parquet but not Iceberg.
 */
public final class TableExport {
    private final TableStore store;
    private TableVersion version = TableVersion.CURRENT;

    public TableExport(TableStore store) {
        this.store = store;
    }

    public TableExport asOf(TableVersion value) {
        this.version = value;
        return this;
    }

    /** @return the tables exported */
    public List<String> toParquet(String folder) {
        if (folder.equals(store.root()) || folder.startsWith(store.root() + "/")) {
            throw new IllegalArgumentException("Cannot export the tables into " + folder
                    + ": it is inside the output root; choose a folder outside " + store.root());
        }
        List<String> exported = new ArrayList<>();
        for (String table : store.tableNames()) {
            Optional<Dataset<Row>> rows = version.read(store.spark(), store, table);
            if (rows.isEmpty()) {
                continue;
            }
            List<String> partitioning = Tables.ALL.stream().filter(each -> each.name().equals(table)).findFirst()
                    .map(TableDefinition::partitionColumns).orElse(List.of());
            rows.get().write().mode(SaveMode.Overwrite).partitionBy(partitioning.toArray(String[]::new))
                    .parquet(folder + "/" + table);
            exported.add(table);
        }
        return exported;
    }
}
