package io.callqa.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.testing.CallqaTestHome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The files under {@code schemas/} are the published data contracts. They must say exactly what the code writes;
 * after an intended change, regenerate them with {@code mvn test -Dtest=SchemaFilesTest -Dcallqa.writeSchemas=true}
 * and review the diff like any contract change.
 */
class SchemaFilesTest {
    private static final Path SCHEMAS = CallqaTestHome.home().resolve("schemas");

    @Test
    void everyTableHasASchemaFileThatMatchesItsDefinition() throws Exception {
        for (TableDefinition table : Tables.ALL) {
            Path file = SchemaFile.location(SCHEMAS, table.name());
            String expected = SchemaFile.render(table);
            if (Boolean.getBoolean("callqa.writeSchemas")) {
                Files.writeString(file, expected);
            }
            assertThat(file).as("schema file of " + table.name()).exists();
            assertThat(Files.readString(file)).as(file + " (regenerate with -Dcallqa.writeSchemas=true)")
                    .isEqualTo(expected);
            assertThat(SchemaFile.read(file)).isEqualTo(asDeclaredInFiles(table.schema()));
        }
    }

    @Test
    void noSchemaFileIsLeftWithoutATable() throws Exception {
        try (var files = Files.list(SCHEMAS)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Tables.ALL.stream().map(table -> table.name() + ".json").toList());
        }
    }

    /** Column types as a schema file states them: in DDL, without comments or nested nullability. */
    private static StructType asDeclaredInFiles(StructType schema) {
        StructType declared = new StructType();
        for (StructField field : schema.fields()) {
            declared = declared.add(field.name(), DataType.fromDDL(field.dataType().simpleString()), field.nullable());
        }
        return declared;
    }
}
