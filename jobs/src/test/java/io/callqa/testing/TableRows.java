package io.callqa.testing;

import io.callqa.tables.RowBuilder;
import io.callqa.tables.TableDefinition;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/** Rows for hand-written fixtures, built by column name as the stages build theirs. */
public final class TableRows {
    private TableRows() {}

    /**
     * A row of {@code table} whose required counts and times are zero: the fixture sets the columns it is about and
     * leaves the optional rest empty ({@link RowBuilder#emptyWhereNotSet}).
     */
    public static RowBuilder withZeroCounts(TableDefinition table) {
        RowBuilder row = table.row();
        for (StructField field : table.schema().fields()) {
            if (!field.nullable() && field.dataType() == DataTypes.LongType) {
                row.set(field.name(), 0L);
            } else if (!field.nullable() && field.dataType() == DataTypes.IntegerType) {
                row.set(field.name(), 0);
            }
        }
        return row;
    }
}
