package io.callqa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Checks callqa's promise that no call is lost or doubled: every manifest row ends up exactly once in a stage's output
 * or in {@code rejects}, at every stage. The first stage works on the manifest's rows; each later stage works on the
 * calls the stage before it put out.
 */
public final class BatchAccounting {
    /**
     * The stages in order, each with the table that holds its rows per call, the columns that make one of those rows
     * unique, and the {@code stage} values of its rejects. A new stage is one more line here.
     */
    public static final List<Stage> STAGES = List.of(
            new Stage("transcribe", "call_metrics", List.of("call_id"), List.of("manifest", "transcribe")),
            new Stage("analyze", "rule_results", List.of("call_id", "rule_id"), List.of("analyze")),
            new Stage("score", "call_scorecards", List.of("call_id"), List.of("score")));

    public record Stage(String name, String outputTable, List<String> rowKey, List<String> rejectStages) {}

    /** What one stage did with the calls it was given. */
    public record StageCount(String stage, int inputs, int outputs, int rejects) {}

    private BatchAccounting() {}

    /**
     * Asserts the promise for a CSV manifest whose first column is {@code call_id} (as the tests write them).
     *
     * @return per stage, how many calls went in, came out and were rejected
     */
    public static List<StageCount> assertEveryRowAccountedFor(SparkSession spark, String outputRoot, Path manifest) {
        TableStore store = new TableStore(spark, outputRoot);
        Dataset<Row> rejects = read(store, Tables.REJECTS.name());
        List<StageCount> counts = new ArrayList<>();
        Set<String> inputs = null;
        for (Stage stage : STAGES) {
            Dataset<Row> output = read(store, stage.outputTable());
            Column[] key = stage.rowKey().stream().map(functions::col).toArray(Column[]::new);
            assertThat(output.groupBy(key).count().where("count > 1").collectAsList())
                    .as("rows of %s that appear more than once", stage.outputTable()).isEmpty();
            Set<String> outputCalls = new TreeSet<>(strings(output.select("call_id").distinct()));
            // A warning (such as an agent missing from the roster) is about a call the stage still put out.
            List<Row> stageRejects = rejects.where(functions.col("stage").isin(stage.rejectStages().toArray())
                            .and(functions.not(functions.col("warning"))))
                    .select("call_id", "source").collectAsList();
            if (inputs == null) {
                counts.add(accountForManifestRows(stage, manifest, outputCalls, stageRejects));
            } else {
                counts.add(accountForCalls(stage, inputs, outputCalls, stageRejects));
            }
            inputs = outputCalls;
        }
        return counts;
    }

    /** Manifest rows may have no call_id, or a duplicate one, so the first stage counts them by file and line. */
    private static StageCount accountForManifestRows(Stage stage, Path manifest, Set<String> outputCalls,
            List<Row> stageRejects) {
        Map<String, String> callIdBySource = manifestRows(manifest);
        Map<String, Integer> rejectsBySource = new HashMap<>();
        stageRejects.forEach(reject -> rejectsBySource.merge(reject.getString(1), 1, Integer::sum));
        assertThat(rejectsBySource.keySet()).as("%s rejects that name no manifest row", stage.name())
                .isSubsetOf(callIdBySource.keySet());
        List<String> acceptedCalls = new ArrayList<>();
        callIdBySource.forEach((source, callId) -> {
            int rejected = rejectsBySource.getOrDefault(source, 0);
            assertThat(rejected).as("rejects of manifest row %s", source).isLessThanOrEqualTo(1);
            if (rejected == 0) {
                acceptedCalls.add(callId);
            }
        });
        assertThat(acceptedCalls).as("calls %s accepted from more than one manifest row", stage.name())
                .doesNotHaveDuplicates();
        assertThat(outputCalls).as("calls in %s: every manifest row not rejected, and nothing else", stage.outputTable())
                .containsExactlyInAnyOrderElementsOf(acceptedCalls);
        return new StageCount(stage.name(), callIdBySource.size(), outputCalls.size(), stageRejects.size());
    }

    private static StageCount accountForCalls(Stage stage, Set<String> inputs, Set<String> outputCalls,
            List<Row> stageRejects) {
        List<String> rejectedCalls = stageRejects.stream().map(reject -> reject.getString(0)).toList();
        assertThat(rejectedCalls).as("calls rejected more than once by %s", stage.name()).doesNotHaveDuplicates();
        Set<String> outcomes = new HashSet<>(outputCalls);
        for (String rejected : rejectedCalls) {
            assertThat(outcomes.add(rejected)).as("call %s both in %s and rejected by %s", rejected,
                    stage.outputTable(), stage.name()).isTrue();
        }
        assertThat(outcomes).as("calls put out or rejected by %s: exactly the calls the stage before put out",
                stage.name()).containsExactlyInAnyOrderElementsOf(inputs);
        return new StageCount(stage.name(), inputs.size(), outputCalls.size(), rejectedCalls.size());
    }

    /** "file:line" to call_id (empty when missing), for each data line of a simple CSV manifest. */
    private static Map<String, String> manifestRows(Path manifest) {
        try {
            List<String> lines = Files.readAllLines(manifest);
            Map<String, String> rows = new LinkedHashMap<>();
            for (int index = 1; index < lines.size(); index++) {
                if (!lines.get(index).isBlank()) {
                    rows.put(manifest.getFileName() + ":" + (index + 1), lines.get(index).split(",", -1)[0].strip());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dataset<Row> read(TableStore store, String table) {
        TableDefinition definition = Tables.ALL.stream().filter(each -> each.name().equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cannot account for table " + table + ": not in Tables.ALL"));
        return store.read(definition.name(), definition.schema());
    }

    private static List<String> strings(Dataset<Row> oneColumn) {
        return oneColumn.collectAsList().stream().map(row -> row.getString(0)).toList();
    }
}
