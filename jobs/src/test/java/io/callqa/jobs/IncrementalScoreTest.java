package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.config.CallqaConfig;
import io.callqa.jobs.ScoreJob.ScoreResult;
import io.callqa.manifest.Agent;
import io.callqa.manifest.AgentRosterReader;
import io.callqa.rules.RulePack;
import io.callqa.score.Scorecard;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score stage scores only what changed: a call re-analyzed since it was scored, and the weeks from its week on;
 * nothing when nothing changed; everything when the roster changed.
 */
class IncrementalScoreTest {
    private static final Path SCORECARD = CallqaTestHome.home().resolve("jobs/src/test/resources/scorecards/labeled-weeks.yaml");

    private final SparkSession spark = SharedSpark.get();

    @TempDir
    Path folder;

    @Test
    void rescoresOnlyTheChangedCallAndTheWeeksFromItsWeekOnAndEverythingOnANewRoster() throws Exception {
        String out = folder.resolve("out").toString();
        LabeledWeeks.write(spark, out);
        Map<String, Agent> roster = roster(LabeledWeeks.ROSTER);
        TableStore store = new TableStore(spark, out);
        assertThat(score(out, roster).scored()).isEqualTo(18);
        Map<String, Object> scoredAt = byCall(store, "scored_at");
        List<Row> weekOneTrends = trends(store, "week_start < DATE'2026-11-09'");
        List<Row> weekTwoTrends = trends(store, "week_start = DATE'2026-11-09' AND team = 'Cards'");

        assertThat(score(out, roster).scored()).as("nothing changed").isZero();
        assertThat(byCall(store, "scored_at")).isEqualTo(scoredAt);

        // a2-8 (week 2, 100 points) is analyzed again, and now misses the greeting: 80 points.
        Dataset<Row> reanalyzed = store.read(Tables.RULE_RESULTS.name(), Tables.RULE_RESULTS.schema())
                .where(col("call_id").equalTo("a2-8"))
                .withColumn("outcome", when(col("rule_id").equalTo("greeting"), lit("FAIL")).otherwise(col("outcome")))
                .withColumn("evaluated_at", current_timestamp());
        store.replace(Tables.RULE_RESULTS, store.materialize("reanalyzed", reanalyzed), col("call_id"),
                spark.sql("SELECT 'a2-8' AS key"), lit(true));

        assertThat(score(out, roster).scored()).isEqualTo(1);
        Map<String, Object> rescoredAt = byCall(store, "scored_at");
        assertThat(rescoredAt.get("a2-8")).isNotEqualTo(scoredAt.get("a2-8"));
        rescoredAt.remove("a2-8");
        scoredAt.remove("a2-8");
        assertThat(rescoredAt).as("every other call keeps its score").isEqualTo(scoredAt);
        assertThat(byCall(store, "total_score").get("a2-8")).isEqualTo(80.0);
        assertThat(trends(store, "week_start < DATE'2026-11-09'")).as("week 1 untouched").isEqualTo(weekOneTrends);
        assertThat(trends(store, "week_start = DATE'2026-11-09' AND team = 'Cards'")).isNotEqualTo(weekTwoTrends);
        assertThat(store.read(Tables.CALL_SCORECARDS.name(), Tables.CALL_SCORECARDS.schema()).count()).isEqualTo(18);

        Map<String, Agent> moved = roster(LabeledWeeks.ROSTER.replace("Cards", "Payments"));
        assertThat(score(out, moved).scored()).as("a changed roster re-scores every call").isEqualTo(18);
        assertThat(trends(store, "team = 'Cards'")).isEmpty();
    }

    private ScoreResult score(String out, Map<String, Agent> roster) {
        RulePack rules = RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml"));
        return new ScoreJob(spark, Scorecard.load(SCORECARD, rules), roster,
                new CallqaConfig.Scoring(SCORECARD.toString(), 3, 4, 7, 10, 2),
                new PrintStream(new ByteArrayOutputStream())).run(out);
    }

    private Map<String, Agent> roster(String csv) throws Exception {
        Path file = Files.writeString(folder.resolve("agents-" + csv.hashCode() + ".csv"), csv);
        return new AgentRosterReader(path -> {
            throw new AssertionError("the roster is CSV");
        }).read(file);
    }

    private static Map<String, Object> byCall(TableStore store, String column) {
        Map<String, Object> values = new HashMap<>();
        store.read(Tables.CALL_SCORECARDS.name(), Tables.CALL_SCORECARDS.schema()).select("call_id", column)
                .collectAsList().forEach(row -> values.put(row.getString(0), row.get(1)));
        return values;
    }

    private static List<Row> trends(TableStore store, String where) {
        return store.read(Tables.TRENDS.name(), Tables.TRENDS.schema()).where(where).orderBy("week_start", "team")
                .collectAsList();
    }
}
