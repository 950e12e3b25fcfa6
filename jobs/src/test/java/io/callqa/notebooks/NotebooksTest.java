package io.callqa.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callqa.tables.TableExport;
import io.callqa.tables.TableStore;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.JupyterNotebooks;
import io.callqa.testing.JupyterNotebooks.Execution;
import io.callqa.testing.ReportTables;
import io.callqa.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every notebook in {@code notebooks/} executes headlessly, start to end, against a small output root written by the
 * test, draws at least one chart, and shows nothing of the unredacted transcripts. The executed notebooks stay in
 * {@code target/notebooks-test/executed/} to be looked at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebooksTest {
    private static final Path NOTEBOOKS = CallqaTestHome.home().resolve("notebooks");
    private static final Path WORK = Path.of("target/notebooks-test").toAbsolutePath();
    private static final String SECRET = "four five three two one one one one";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JupyterNotebooks jupyter;

    @BeforeAll
    void writeTablesAndInstallTheKernel() throws Exception {
        assertThat(JupyterNotebooks.isInstalled()).as("jupyter-nbconvert is installed (./test installs it)").isTrue();
        delete(WORK);
        Path out = WORK.resolve("out");
        ReportTables.write(SharedSpark.get(), out.toString(), SECRET);
        Path parquet = WORK.resolve("parquet");
        new TableExport(new TableStore(SharedSpark.get(), out.toString())).toParquet(parquet.toString());
        jupyter = JupyterNotebooks.install(NOTEBOOKS, WORK.resolve("jupyter"), Map.of("CALLQA_PARQUET", parquet.toString()));
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookExecutes() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(file -> file.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertThat(notebooks).as("notebooks in " + NOTEBOOKS).hasSizeGreaterThanOrEqualTo(4);
        return notebooks.stream().map(notebook -> DynamicTest.dynamicTest(notebook.getFileName().toString(), () -> {
            long start = System.nanoTime();
            Execution execution = jupyter.execute(notebook, WORK.resolve("executed"));
            System.out.printf("%s executed in %.1f s, %d kernel start(s)%n", notebook.getFileName(),
                    (System.nanoTime() - start) / 1e9, execution.attempts());

            assertThat(execution.exitCode()).as(execution.log()).isZero();
            JsonNode executed = JSON.readTree(execution.executed().toFile());
            List<JsonNode> outputs = new ArrayList<>();
            for (JsonNode cell : executed.path("cells")) {
                if (cell.path("cell_type").asText().equals("code")) {
                    assertThat(cell.path("execution_count").isNumber()).as("every code cell ran").isTrue();
                    cell.path("outputs").forEach(outputs::add);
                }
            }
            assertThat(outputs).noneMatch(output -> output.path("output_type").asText().equals("error"));
            assertThat(outputs).as("charts").anyMatch(output -> output.path("data").has("image/png"));
            assertThat(executed.toString()).doesNotContain(SECRET);
        }));
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
