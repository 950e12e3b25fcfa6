package io.callqa.tables;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Builds one row of a table, or of a struct column, by column name, checked against the schema as it is built: a
 * misspelt column, a value of the wrong type, an empty required column or a column left unset fails here, naming the
 * table and the column, instead of a value landing in the column beside the one it was meant for. Lists given for
 * array columns become the Scala sequences Spark's row encoders take.
 */
public final class RowBuilder {
    private final String name;
    private final StructType schema;
    private final Object[] values;
    private final boolean[] given;

    /** @param name what the rows are, for messages: the table, or {@code table.column} for a struct column */
    public RowBuilder(String name, StructType schema) {
        this.name = name;
        this.schema = schema;
        this.values = new Object[schema.size()];
        this.given = new boolean[schema.size()];
    }

    /** A builder for one element of {@code arrayColumn}, an array of structs (the words of a transcript row, say). */
    public static RowBuilder elementOf(String name, StructType schema, String arrayColumn) {
        DataType type = field(name, schema, arrayColumn).dataType();
        if (type instanceof ArrayType array && array.elementType() instanceof StructType element) {
            return new RowBuilder(name + "." + arrayColumn, element);
        }
        throw new IllegalArgumentException(
                "Cannot build row for " + name + "." + arrayColumn + ": the column is " + type.simpleString());
    }

    public RowBuilder set(String column, Object value) {
        int index = index(column);
        StructField field = schema.fields()[index];
        values[index] = checked(column, field.dataType(), field.nullable(), value);
        given[index] = true;
        return this;
    }

    /**
     * Leaves every optional column not set so far empty (a required one must still be set). Only for synthetic rows
     * (fixtures, benchmarks) that name the columns they are about: a row built from real data sets every column, so
     * that a column added to the table is not forgotten.
     */
    public RowBuilder emptyWhereNotSet() {
        for (int index = 0; index < values.length; index++) {
            if (!given[index] && schema.fields()[index].nullable()) {
                given[index] = true;
            }
        }
        return this;
    }

    public Row build() {
        for (int index = 0; index < values.length; index++) {
            if (!given[index]) {
                throw error("column " + schema.fields()[index].name() + " is not set");
            }
        }
        return new GenericRowWithSchema(values.clone(), schema);
    }

    private int index(String column) {
        scala.Option<Object> index = schema.getFieldIndex(column);
        if (index.isEmpty()) {
            throw error("no column " + column);
        }
        return (Integer) index.get();
    }

    private static StructField field(String name, StructType schema, String column) {
        if (schema.getFieldIndex(column).isEmpty()) {
            throw new IllegalArgumentException("Cannot build row for " + name + ": no column " + column);
        }
        return schema.apply(column);
    }

    private Object checked(String column, DataType type, boolean nullable, Object value) {
        if (value == null) {
            if (!nullable) {
                throw error("column " + column + " may not be empty");
            }
            return null;
        }
        if (type instanceof ArrayType array) {
            List<?> elements = value instanceof List<?> list ? list
                    : value instanceof scala.collection.Seq<?> sequence ? scala.jdk.javaapi.CollectionConverters.asJava(sequence)
                    : null;
            if (elements == null) {
                throw wrongType(column, type, value);
            }
            for (Object element : elements) {
                checked(column + " element", array.elementType(), array.containsNull(), element);
            }
            return value instanceof List<?> list ? scala.jdk.javaapi.CollectionConverters.asScala(list).toList() : value;
        }
        if (type instanceof StructType struct) {
            if (!(value instanceof Row row) || row.length() != struct.size()
                    || (row.schema() != null && !Arrays.equals(row.schema().fieldNames(), struct.fieldNames()))) {
                throw wrongType(column, type, value);
            }
            return value;
        }
        if (type instanceof MapType) {
            if (!(value instanceof Map<?, ?>) && !(value instanceof scala.collection.Map<?, ?>)) {
                throw wrongType(column, type, value);
            }
            return value;
        }
        if (!externalType(column, type).isInstance(value)) {
            throw wrongType(column, type, value);
        }
        return value;
    }

    /** The Java class Spark takes for a value of {@code type}. */
    private Class<?> externalType(String column, DataType type) {
        if (type instanceof StringType) {
            return String.class;
        } else if (type instanceof IntegerType) {
            return Integer.class;
        } else if (type instanceof LongType) {
            return Long.class;
        } else if (type instanceof DoubleType) {
            return Double.class;
        } else if (type instanceof BooleanType) {
            return Boolean.class;
        } else if (type instanceof DateType) {
            return java.sql.Date.class;
        } else if (type instanceof TimestampType) {
            return java.sql.Timestamp.class;
        }
        throw error("column " + column + " is " + type.simpleString() + ", which rows are not built with");
    }

    private IllegalArgumentException wrongType(String column, DataType type, Object value) {
        String given = !(value instanceof Row row) ? value.getClass().getSimpleName() + " " + value
                : row.schema() != null ? "a row of " + String.join(", ", row.schema().fieldNames())
                : "a row of " + row.length() + " values";
        return error("column " + column + " is " + type.simpleString() + ", not " + given);
    }

    private IllegalArgumentException error(String why) {
        return new IllegalArgumentException("Cannot build row for " + name + ": " + why);
    }
}
