package io.callqa.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A table's contract as a file under {@code schemas/}: readable by people (a description per column) and by
 * programs (column types in Spark SQL DDL, such as {@code array<struct<word:string,start_ms:bigint>>}).
 */
public final class SchemaFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SchemaFile() {}

    public static Path location(Path schemasFolder, String table) {
        return schemasFolder.resolve(table + ".json");
    }

    public static String render(TableDefinition table) {
        ObjectNode root = JSON.createObjectNode();
        root.put("table", table.name());
        root.put("description", table.description());
        ArrayNode partitions = root.putArray("partitioned_by");
        table.partitionColumns().forEach(partitions::add);
        ArrayNode columns = root.putArray("columns");
        for (StructField field : table.schema().fields()) {
            ObjectNode column = columns.addObject();
            column.put("name", field.name());
            column.put("type", field.dataType().simpleString());
            column.put("nullable", field.nullable());
            column.put("description", field.getComment().getOrElse(() -> ""));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns a schema file declares, in order, with their types and nullability. */
    public static StructType read(Path file) {
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            StructType schema = new StructType();
            for (JsonNode column : root.path("columns")) {
                schema = schema.add(column.path("name").asText(), DataType.fromDDL(column.path("type").asText()),
                        column.path("nullable").asBoolean(true));
            }
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema file " + file + ": " + e.getMessage(), e);
        }
    }
}
