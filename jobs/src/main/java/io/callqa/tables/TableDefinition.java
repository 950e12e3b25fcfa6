package io.callqa.tables;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * A table's name, its columns (the data contract, mirrored by {@code schemas/<name>.json}) and the columns it is
 * partitioned by, which come last in {@code schema}.
 */
public record TableDefinition(String name, StructType schema, List<String> partitionColumns) {
    public TableDefinition {
        partitionColumns = List.copyOf(partitionColumns);
    }

    public Column[] columns() {
        return Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
    }
}
