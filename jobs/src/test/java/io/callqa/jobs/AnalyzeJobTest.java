package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.callqa.jobs.AnalyzeJob.AnalyzeResult;
import io.callqa.rules.RulePack;
import io.callqa.tables.SchemaFile;
import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedSpark;
import io.callqa.testing.TableRows;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyze stage over transcripts written by hand (so that the expected outcomes do not depend on the recognizer):
 * redaction, sentiment, rule results, and re-scoring with a changed rule pack without running CoreNLP again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyzeJobTest {
    private static final String DEFAULT_RULES = CallqaTestHome.home().resolve("conf/rules/default.yaml").toString();
    /** The seven rules the issue names, and account-details, the category identity verification must precede. */
    private static final int RULES_IN_DEFAULT_PACK = 8;

    private Path folder;
    private SparkSession spark;
    private String out;
    private AnalyzeResult first;

    @BeforeAll
    void analyzeTwoCalls(@TempDir Path temporaryFolder) {
        folder = temporaryFolder;
        spark = SharedSpark.get();
        out = folder.resolve("out").toString();
        TableStore store = new TableStore(spark, out);
        store.write(Tables.CALL_METRICS, spark.createDataFrame(List.of(
                metrics("compliant", 40_000), metrics("angry", 30_000)), Tables.CALL_METRICS.schema()));
        List<Row> transcripts = new ArrayList<>();
        addTurns(transcripts, "compliant",
                "agent", 500, 6_000, "thank you for calling north wind bank this is sarah this call may be recorded for quality and training purposes",
                "customer", 6_500, 9_000, "hi i lost my debit card",
                "agent", 9_500, 12_000, "can you confirm your date of birth",
                "customer", 12_500, 15_000, "it's the fourth of march nineteen eighty five",
                "agent", 15_500, 20_000, "thank you the card ending four two one seven is blocked and a new one is on its way",
                "customer", 20_500, 23_000, "my card number was four five three two one one one one one one one one one one one one",
                "agent", 33_000, 36_000, "is there anything else i can help you with");
        addTurns(transcripts, "angry",
                "agent", 500, 3_000, "hello",
                "customer", 3_500, 8_000, "this is the worst service i have ever had",
                "customer", 8_500, 12_000, "i want to speak to a supervisor right now",
                "customer", 20_000, 25_000, "and i want to cancel my account");
        store.write(Tables.TRANSCRIPTS, spark.createDataFrame(transcripts, Tables.TRANSCRIPTS.schema()));

        first = analyze(DEFAULT_RULES);
    }

    @Test
    @Order(1)
    void redactsAndScoresEveryUtterance() {
        List<Row> utterances = table(Tables.UTTERANCES).orderBy("call_id", "utterance_index").collectAsList();

        assertThat(first.analyzed()).isEqualTo(2);
        assertThat(utterances).hasSize(11);
        assertThat(utterances).extracting(row -> row.getString(row.fieldIndex("text")))
                .contains("my card number was [CARD]")
                .noneMatch(text -> text.contains("four five three two"));
        Row worst = utterances.stream().filter(row -> row.getString(row.fieldIndex("text")).contains("worst")).findFirst()
                .orElseThrow();
        assertThat(worst.getString(worst.fieldIndex("sentiment"))).contains("negative");
        assertThat(worst.getDouble(worst.fieldIndex("sentiment_score"))).isNegative();
        assertThat(table(Tables.CALL_SENTIMENT).where("call_id = 'angry' AND role = 'customer'").count()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void writesOneResultPerCallAndRuleWithItsEvidence() {
        List<Row> results = table(Tables.RULE_RESULTS).select("call_id", "rule_id", "outcome").collectAsList();

        assertThat(results).hasSize(2 * RULES_IN_DEFAULT_PACK);
        assertThat(results).extracting(row -> row.getString(0), row -> row.getString(1), row -> row.getString(2))
                .contains(
                        tuple("compliant", "greeting", "PASS"),
                        tuple("compliant", "recording-disclosure", "PASS"),
                        tuple("compliant", "identity-verification", "PASS"),
                        tuple("compliant", "closing", "PASS"),
                        tuple("compliant", "escalation-request", "MISS"),
                        tuple("angry", "greeting", "FAIL"),
                        tuple("angry", "recording-disclosure", "FAIL"),
                        tuple("angry", "escalation-request", "HIT"),
                        tuple("angry", "cancellation-intent", "HIT"));
        Row escalation = table(Tables.RULE_RESULTS).where("call_id = 'angry' AND rule_id = 'escalation-request'").first();
        assertThat(escalation.getInt(escalation.fieldIndex("evidence_utterance_index"))).isEqualTo(2);
        assertThat(escalation.getString(escalation.fieldIndex("evidence_text"))).contains("supervisor");
        assertThat(escalation.getString(escalation.fieldIndex("rule_pack_hash"))).hasSize(64);
    }

    @Test
    @Order(3)
    void writesEveryTableAsItsSchemaFileDeclares() {
        for (TableDefinition table : List.of(Tables.UTTERANCES, Tables.CALL_SENTIMENT, Tables.RULE_RESULTS)) {
            assertThat(TranscribeJobTest.namesAndTypes(table(table).schema())).as(table.name()).isEqualTo(
                    TranscribeJobTest.namesAndTypes(SchemaFile.read(
                            SchemaFile.location(CallqaTestHome.home().resolve("schemas"), table.name()))));
        }
    }

    @Test
    @Order(4)
    void doesNothingWhenNothingChanged() {
        AnalyzeResult again = analyze(DEFAULT_RULES);

        assertThat(again.analyzed()).isZero();
        assertThat(again.rescored()).isZero();
        assertThat(table(Tables.RULE_RESULTS).count()).isEqualTo(2 * RULES_IN_DEFAULT_PACK);
    }

    @Test
    @Order(5)
    void reScoresHistoryWithAChangedRulePackWithoutAnalyzingTheTextAgain() throws Exception {
        Timestamp textAnalyzedAt = table(Tables.UTTERANCES).first().getAs("analyzed_at");
        String changed = Files.readString(Path.of(DEFAULT_RULES))
                .replaceFirst("(?m)^version: .*$", "version: 2-test");
        Path changedPack = Files.writeString(folder.resolve("changed.yaml"), changed);

        AnalyzeResult rescored = analyze(changedPack.toString());

        assertThat(rescored.analyzed()).isZero();
        assertThat(rescored.rescored()).isEqualTo(2);
        assertThat(table(Tables.RULE_RESULTS).select("rule_pack_version").distinct().collectAsList())
                .extracting(row -> row.getString(0)).containsExactly("2-test");
        assertThat(table(Tables.RULE_RESULTS).count()).isEqualTo(2 * RULES_IN_DEFAULT_PACK);
        assertThat(table(Tables.UTTERANCES).first().<Timestamp>getAs("analyzed_at")).isEqualTo(textAnalyzedAt);
    }

    private AnalyzeResult analyze(String rulePack) {
        return new AnalyzeJob(spark, RulePack.load(Path.of(rulePack)), new PrintStream(new ByteArrayOutputStream()))
                .run(out);
    }

    private Dataset<Row> table(TableDefinition table) {
        return new TableStore(spark, out).read(table.name(), table.schema());
    }

    private static Row metrics(String callId, long durationMillis) {
        // Every required count and time zero, then the columns this test is about, by name.
        return TableRows.withZeroCounts(Tables.CALL_METRICS)
                .set("call_id", callId)
                .set("agent_id", "A100")
                .set("started_at", Timestamp.from(Instant.parse("2026-11-02T09:00:00Z")))
                .set("direction", "inbound")
                .set("audio_uri", "calls/" + callId + ".wav")
                .set("audio_sha256", "0".repeat(64))
                .set("audio_encoding", "mulaw")
                .set("sample_rate", 8000)
                .set("channels", 2)
                .set("speaker_separation", "none")
                .set("duration_ms", durationMillis)
                .set("model", "test")
                .set("transcribed_at", Timestamp.from(Instant.parse("2026-11-02T10:00:00Z")))
                .set("call_date", Date.valueOf("2026-11-02"))
                .emptyWhereNotSet()
                .build();
    }

    /** Turns as (role, start ms, end ms, text) quadruples. */
    private static void addTurns(List<Row> rows, String callId, Object... turns) {
        for (int index = 0; index < turns.length / 4; index++) {
            String role = (String) turns[4 * index];
            rows.add(Tables.TRANSCRIPTS.row()
                    .set("call_id", callId)
                    .set("utterance_index", index)
                    .set("role", role)
                    .set("role_confidence", 1.0)
                    .set("channel", role.equals("agent") ? 0 : 1)
                    .set("start_ms", (long) (int) turns[4 * index + 1])
                    .set("end_ms", (long) (int) turns[4 * index + 2])
                    .set("text", turns[4 * index + 3])
                    .set("confidence", 0.9)
                    .set("words", List.of())
                    .set("model", "test")
                    .set("call_date", Date.valueOf("2026-11-02"))
                    .build());
        }
    }
}
