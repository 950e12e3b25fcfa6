package io.callqa.tables;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * A table's name, what a row is, its columns (the data contract, published as {@code schemas/<name>.json}) and the
 * columns it is partitioned by, which come last in {@code schema} as they do when Spark reads the table back.
 */
public record TableDefinition(String name, String description, StructType schema, List<String> partitionColumns) {
    public TableDefinition {
        partitionColumns = List.copyOf(partitionColumns);
    }

    /** A row of this table, built by column name. */
    public RowBuilder row() {
        return new RowBuilder(name, schema);
    }

    /** One element of an array-of-structs column of this table, built by field name. */
    public RowBuilder elementRow(String arrayColumn) {
        return RowBuilder.elementOf(name, schema, arrayColumn);
    }

    public Column[] columns() {
        return Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
    }
}
