package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import io.callqa.config.CallqaConfig;
import io.callqa.jobs.ScoreJob.ScoreResult;
import io.callqa.manifest.Agent;
import io.callqa.manifest.AgentRosterReader;
import io.callqa.review.VerdictCsvReader;
import io.callqa.rules.RulePack;
import io.callqa.score.CalibrationSample;
import io.callqa.score.Scorecard;
import io.callqa.tables.SchemaFile;
import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedSpark;
import io.callqa.testing.SparkJobs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score stage over the hand-labeled weeks of {@link LabeledWeeks}. Expected values are worked out by hand here,
 * from the labels and the test scorecard (opening 40 %: greeting 1 point, disclosure 1 point and critical; handling
 * 60 %: no long silence 2 points, calm customer 1 point, a retention question that never applies):
 * <ul>
 *   <li>plain call: 100; no greeting: opening 1/2 = 50, total 0.4 * 50 + 0.6 * 100 = 80;
 *   <li>no greeting and 45 s of silence: handling 1/3, total 20 + 20 = 40;
 *   <li>no disclosure: auto-fail, total 0 (80 before the auto-fail);
 *   <li>customer ends at -0.6: handling 2/3, total 40 + 40 = 80.
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreJobTest {
    private static final Path SCORECARD = CallqaTestHome.home().resolve("jobs/src/test/resources/scorecards/labeled-weeks.yaml");
    private static final Date WEEK_1 = Date.valueOf("2026-11-02");
    private static final Date WEEK_2 = Date.valueOf("2026-11-09");
    private static final Date WEEK_3 = Date.valueOf("2026-11-16");

    private SparkSession spark;
    private String out;
    private ScoreResult result;
    private List<SparkJobs.Job> scoreJobs;

    @BeforeAll
    void scoreTheLabeledWeeks(@TempDir Path folder) throws Exception {
        spark = SharedSpark.get();
        out = folder.resolve("out").toString();
        LabeledWeeks.write(spark, out);
        Path roster = Files.writeString(folder.resolve("agents.csv"), LabeledWeeks.ROSTER);
        Map<String, Agent> agents = new AgentRosterReader(file -> {
            throw new AssertionError("the roster is CSV");
        }).read(roster);
        RulePack rules = RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml"));
        CallqaConfig.Scoring settings = new CallqaConfig.Scoring(SCORECARD.toString(), 3, 4, 7, 10, 2);
        Path verdicts = Files.writeString(folder.resolve("verdicts.csv"), reviewerVerdicts());
        new ReviewImportJob(spark, new PrintStream(new ByteArrayOutputStream()))
                .run(VerdictCsvReader.read(verdicts), out, verdicts.toString());
        SparkJobs jobs = SparkJobs.listen(spark);
        result = new ScoreJob(spark, Scorecard.load(SCORECARD, rules), agents, settings,
                new PrintStream(new ByteArrayOutputStream())).run(out);
        scoreJobs = jobs.stop();
    }

    @Test
    void namesEverySparkJobAfterTheStageAndItsStep() {
        assertThat(scoreJobs).isNotEmpty().allSatisfy(job -> {
            assertThat(job.group()).isEqualTo("callqa-score");
            assertThat(job.description()).startsWith("score");
        });
        // Nothing was scored before, so finding what to score started no job.
        assertThat(scoreJobs).extracting(SparkJobs.Job::description).contains("score: score calls",
                "score: count outcomes", "score: write call_scorecards, flagged_calls and rejects",
                "score: write weekly tables", "score: measure review calibration");
    }

    /**
     * Verdicts on the flags and on question disclosure, two of them on answers the scoring does not give (a1-4 is not
     * flagged LOW_SCORE; a2-5 met disclosure), and on the first two calls of the calibration sample: the flags missed
     * the second.
     */
    private static String reviewerVerdicts() {
        List<String> calibration = calibrationSample();
        assertThat(calibration).hasSizeGreaterThanOrEqualTo(2);
        return String.join("\n", String.join(",", VerdictCsvReader.COLUMNS),
                "a1-2,reason,LOW_SCORE,LOW_SCORE,agree,,qa,2026-11-23T09:00:00Z",
                "a1-2,reason,LONG_SILENCE,LONG_SILENCE,disagree,hold music,qa,2026-11-23T09:00:00Z",
                "a1-4,reason,ESCALATION,ESCALATION,agree,,qa,2026-11-23T09:00:00Z",
                "a2-4,reason,NEGATIVE_SENTIMENT,NEGATIVE_SENTIMENT,agree,,qa,2026-11-23T09:00:00Z",
                "a1-4,reason,LOW_SCORE,LOW_SCORE,agree,,qa,2026-11-23T09:00:00Z",
                "a2-3,question,disclosure,NOT_MET,agree,,qa,2026-11-23T09:00:00Z",
                "a2-1,question,disclosure,MET,disagree,said too fast,qa,2026-11-23T09:00:00Z",
                "a2-2,question,disclosure,MET,agree,,qa,2026-11-23T09:00:00Z",
                "a2-5,question,disclosure,NOT_MET,agree,,qa,2026-11-23T09:00:00Z",
                calibration.get(0) + ",reason,CALIBRATION_SAMPLE,CALIBRATION_SAMPLE,agree,,qa,2026-11-23T09:00:00Z",
                calibration.get(1) + ",reason,CALIBRATION_SAMPLE,CALIBRATION_SAMPLE,disagree,escalation missed,qa,"
                        + "2026-11-23T09:00:00Z") + "\n";
    }

    private static List<String> calibrationSample() {
        Set<String> flagged = Set.of("a1-2", "a1-4", "a2-3", "a2-4", "a2-5");
        CalibrationSample sample = new CalibrationSample(0.5, 1);
        return LabeledWeeks.CALLS.stream().map(LabeledWeeks.LabeledCall::callId)
                .filter(callId -> !flagged.contains(callId) && sample.includes(callId)).sorted().toList();
    }

    @Test
    void measuresTheFlagsAndQuestionsAgainstReviewersVerdicts() {
        // Wilson 95 %: 1/1 -> 0.2065..1; 0/1 -> 0..0.7935; 2/3 -> 0.2077..0.9385; 1/2 -> 0.0945..0.9055.
        assertThat(table(Tables.REVIEW_CALIBRATION).orderBy("measure", "item_id").collectAsList())
                .extracting(row -> row.getString(0), row -> row.getString(1), row -> row.getInt(2), row -> row.getInt(3),
                        row -> row.getInt(4), row -> round(row.getDouble(5)), row -> round(row.getDouble(6)),
                        row -> round(row.getDouble(7)))
                .containsExactly(
                        tuple("CALIBRATION_MISS_RATE", "CALIBRATION_SAMPLE", 2, 1, 1, 0.5, 0.0945, 0.9055),
                        tuple("FLAG_PRECISION", "ESCALATION", 1, 1, 0, 1.0, 0.2065, 1.0),
                        tuple("FLAG_PRECISION", "LONG_SILENCE", 1, 0, 1, 0.0, 0.0, 0.7935),
                        tuple("FLAG_PRECISION", "LOW_SCORE", 1, 1, 0, 1.0, 0.2065, 1.0),
                        tuple("FLAG_PRECISION", "NEGATIVE_SENTIMENT", 1, 1, 0, 1.0, 0.2065, 1.0),
                        tuple("QUESTION_AGREEMENT", "disclosure", 3, 2, 1, 0.6667, 0.2077, 0.9385));
        assertThat(table(Tables.REVIEW_VERDICTS).count()).isEqualTo(11);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    @Test
    void scoresEveryAnalyzedCallAsWorkedOutByHand() {
        Map<String, Double> scores = table(Tables.CALL_SCORECARDS).collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getAs("call_id"), row -> row.getAs("total_score")));

        assertThat(result.scored()).isEqualTo(18);
        assertThat(scores).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("a1-1", 80.0), Map.entry("a1-2", 40.0), Map.entry("a1-3", 80.0), Map.entry("a1-4", 80.0),
                Map.entry("a1-5", 80.0), Map.entry("a1-6", 80.0),
                Map.entry("a2-1", 100.0), Map.entry("a2-2", 100.0), Map.entry("a2-3", 0.0), Map.entry("a2-4", 80.0),
                Map.entry("a2-5", 100.0), Map.entry("a2-6", 100.0), Map.entry("a2-7", 100.0), Map.entry("a2-8", 100.0),
                Map.entry("a3-1", 80.0), Map.entry("a3-2", 100.0), Map.entry("a3-3", 100.0),
                Map.entry("a9-1", 100.0)));
        Row autoFailed = callScorecard("a2-3");
        assertThat(autoFailed.<Boolean>getAs("auto_fail")).isTrue();
        assertThat(autoFailed.<Double>getAs("score_before_auto_fail")).isEqualTo(80.0);
        assertThat(autoFailed.getList(autoFailed.fieldIndex("auto_fail_criteria"))).containsExactly("disclosure");
        Row silent = callScorecard("a1-2");
        assertThat(silent.<Row>getList(silent.fieldIndex("sections")))
                .extracting(section -> section.getString(0), section -> section.get(3))
                .containsExactly(tuple("opening", 50.0), tuple("handling", 100.0 / 3));
    }

    @Test
    void aQuestionThatNeverAppliesEarnsAndCostsNothing() {
        List<Row> answers = table(Tables.CALL_SCORECARDS)
                .selectExpr("inline(criteria)").where("criterion_id = 'retention-offer'").collectAsList();

        assertThat(answers).hasSize(18).allSatisfy(answer -> {
            assertThat(answer.<String>getAs("answer")).isEqualTo("NOT_APPLICABLE");
            assertThat(answer.<Double>getAs("possible_points")).isZero();
        });
        assertThat(table(Tables.COACHING_TARGETS).where("criterion_id = 'retention-offer'").count()).isZero();
    }

    @Test
    void joinsTheRosterAndKeepsCallsOfUnknownAgentsWithAWarning() {
        Row known = callScorecard("a1-1");
        assertThat(known.<String>getAs("agent_name")).isEqualTo("Ann Lee");
        assertThat(known.<String>getAs("team")).isEqualTo("Cards");
        assertThat(known.<Integer>getAs("tenure_days")).isEqualTo(305);
        Row unknown = callScorecard("a9-1");
        assertThat(unknown.<String>getAs("team")).isNull();

        List<Row> rejects = table(Tables.REJECTS).where("stage = 'score'").collectAsList();
        assertThat(rejects).extracting(row -> row.getAs("call_id"), row -> row.getAs("reason"), row -> row.getAs("warning"))
                .containsExactlyInAnyOrder(tuple("a9-1", "UNKNOWN_AGENT", true),
                        tuple(LabeledWeeks.NOT_ANALYZED_CALL, "NOT_ANALYZED", false));
        assertThat(result.unknownAgentCalls()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(1);
    }

    @Test
    void everyTranscribedCallIsScoredOrRejectedExactlyOnce() {
        List<String> scored = table(Tables.CALL_SCORECARDS).select("call_id").as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        List<String> rejected = table(Tables.REJECTS).where("stage = 'score' AND NOT warning").select("call_id")
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        List<String> transcribed = table(Tables.CALL_METRICS).select("call_id").as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();

        assertThat(scored).doesNotHaveDuplicates().doesNotContainAnyElementsOf(rejected);
        assertThat(concat(scored, rejected)).containsExactlyInAnyOrderElementsOf(transcribed);
    }

    @Test
    void putsFlaggedCallsInTheReviewQueueWithReasonsPriorityAndEvidence() {
        List<Row> flagged = table(Tables.FLAGGED_CALLS).where("NOT calibration_sample").collectAsList();

        assertThat(flagged).extracting(row -> row.getAs("call_id"), row -> row.getAs("priority"),
                        row -> row.getList(row.fieldIndex("reason_codes")))
                .containsExactlyInAnyOrder(
                        tuple("a1-2", 2, List.of("LOW_SCORE", "LONG_SILENCE")),
                        tuple("a1-4", 1, List.of("ESCALATION")),
                        tuple("a2-3", 1, List.of("AUTO_FAIL")),
                        tuple("a2-4", 2, List.of("NEGATIVE_SENTIMENT")),
                        tuple("a2-5", 2, List.of("CANCELLATION_INTENT")));
        Row escalation = reason("a1-4", "ESCALATION");
        assertThat(escalation.<Long>getAs("evidence_start_ms")).isEqualTo(60_000L);
        assertThat(escalation.<String>getAs("evidence_text")).isEqualTo("i want a supervisor");
        Row upset = reason("a2-4", "NEGATIVE_SENTIMENT");
        assertThat(upset.<String>getAs("evidence_text")).isEqualTo("this is awful");
        assertThat(upset.<Long>getAs("evidence_start_ms")).isEqualTo(150_000L);
        Row silence = reason("a1-2", "LONG_SILENCE");
        assertThat(silence.<Long>getAs("evidence_start_ms")).isEqualTo(100_000L);
        assertThat(silence.<Long>getAs("evidence_end_ms")).isEqualTo(145_000L);
        assertThat(result.flagged()).isEqualTo(5);
    }

    @Test
    void drawsTheCalibrationSampleFromUnflaggedCallsOnly() {
        Set<String> expected = Set.copyOf(calibrationSample());
        List<Row> calibration = table(Tables.FLAGGED_CALLS).where("calibration_sample").collectAsList();

        assertThat(expected).isNotEmpty();
        assertThat(calibration).extracting(row -> row.<String>getAs("call_id")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(calibration).allSatisfy(row -> assertThat(row.getList(row.fieldIndex("reason_codes")))
                .containsExactly("CALIBRATION_SAMPLE"));
    }

    @Test
    void auditsAdherencePerRuleTeamAgentAndWeek() {
        Row greeting = table(Tables.COMPLIANCE_AUDIT)
                .where("agent_id = 'A1' AND rule_id = 'greeting' AND week_start = DATE'2026-11-02'").first();

        assertThat(greeting.<String>getAs("team")).isEqualTo("Cards");
        assertThat(greeting.<Long>getAs("applicable_calls")).isEqualTo(3);
        assertThat(greeting.<Long>getAs("failed_calls")).isEqualTo(3);
        assertThat(greeting.<Double>getAs("adherence_rate")).isZero();
        assertThat(greeting.getList(greeting.fieldIndex("failing_call_ids"))).containsExactly("a1-1", "a1-2", "a1-3");
        assertThat(greeting.<String>getAs("rule_pack_version")).isEqualTo("3");
        Row disclosure = table(Tables.COMPLIANCE_AUDIT)
                .where("agent_id = 'A2' AND rule_id = 'recording-disclosure' AND week_start = DATE'2026-11-02'").first();
        assertThat(disclosure.<Double>getAs("adherence_rate")).isEqualTo(0.75);
        assertThat(table(Tables.COMPLIANCE_AUDIT).where("rule_id LIKE '%-intent' OR rule_id LIKE 'escalation%'").count())
                .as("categories are not compliance rules").isZero();
    }

    @Test
    void summarizesEachAgentsWeek() {
        Row week = table(Tables.AGENT_SCORECARDS).where("agent_id = 'A1' AND week_start = DATE'2026-11-02'").first();

        assertThat(week.<Long>getAs("calls")).isEqualTo(3);
        assertThat(week.<Double>getAs("mean_score")).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(week.<Long>getAs("auto_fails")).isZero();
        assertThat(week.<Double>getAs("adherence_rate")).isCloseTo(6.0 / 9, within(1e-9));
        assertThat(week.<scala.collection.Map<String, Double>>getAs("adherence_by_rule").get("greeting").get())
                .isEqualTo(0.0);
        assertThat(week.<Double>getAs("average_handle_time_seconds")).isEqualTo(200.0);
        assertThat(week.<Double>getAs("silence_ratio")).isEqualTo(0.2);
        assertThat(week.<Double>getAs("first_contact_resolution")).as("a1-1's customer did not call again").isEqualTo(1.0);
        assertThat(week.<Integer>getAs("tenure_days")).isEqualTo(305);
        Row secondWeek = table(Tables.AGENT_SCORECARDS).where("agent_id = 'A1' AND week_start = DATE'2026-11-09'").first();
        assertThat(secondWeek.<Long>getAs("escalations")).isEqualTo(1);
        assertThat(secondWeek.<Double>getAs("first_contact_resolution")).as("no customer ids").isNull();
        Row ben = table(Tables.AGENT_SCORECARDS).where("agent_id = 'A2' AND week_start = DATE'2026-11-02'").first();
        assertThat(ben.<Double>getAs("first_contact_resolution")).as("K1 called again within 7 days, once").isEqualTo(0.5);
        assertThat(ben.<Long>getAs("auto_fails")).isEqualTo(1);
    }

    @Test
    void findsTheCoachingTargetOnlyWhereTheGapIsSignificant() {
        List<Row> targets = table(Tables.COACHING_TARGETS).collectAsList();

        // Ann met the greeting in 0 of 6 calls, the rest of her team in 8 of 8: Fisher's one-sided p = 1 / C(14, 6).
        // Every other gap is within chance, and Cat's team has nobody else to compare her with.
        assertThat(targets).hasSize(1);
        Row target = targets.get(0);
        assertThat(target.<String>getAs("agent_id")).isEqualTo("A1");
        assertThat(target.<String>getAs("criterion_id")).isEqualTo("greeting");
        assertThat(target.<Integer>getAs("rank")).isEqualTo(1);
        assertThat(target.<Integer>getAs("agent_calls")).isEqualTo(6);
        assertThat(target.<Integer>getAs("agent_met")).isZero();
        assertThat(target.<Integer>getAs("team_calls")).isEqualTo(8);
        assertThat(target.<Double>getAs("team_rate")).isEqualTo(1.0);
        assertThat(target.<Double>getAs("p_value")).isCloseTo(1.0 / 3003, within(1e-12));
        // The greeting is worth 40 % x 1/2 = 20 points of a call; Ann misses it 100 % more often than the team.
        assertThat(target.<Double>getAs("impact_points")).isCloseTo(20.0, within(1e-9));
        assertThat(target.<Double>getAs("agent_rate_high")).isCloseTo(0.3903, within(1e-4));
        assertThat(target.<Date>getAs("period_start")).isEqualTo(Date.valueOf("2026-09-28"));
        assertThat(target.<Date>getAs("period_end")).isEqualTo(Date.valueOf("2026-11-22"));
        assertThat(target.<Row>getList(target.fieldIndex("examples"))).extracting(example -> example.getString(0))
                .containsExactly("a1-6", "a1-5");
    }

    @Test
    void tracksTeamsWeekByWeekWithChangesOnlyAfterAWeekWithCalls() {
        Row cardsFirst = trend("Cards", WEEK_1);
        Row cardsSecond = trend("Cards", WEEK_2);

        assertThat(cardsFirst.<Long>getAs("calls")).isEqualTo(7);
        assertThat(cardsFirst.<Double>getAs("mean_score")).isCloseTo(480.0 / 7, within(1e-9));
        assertThat(cardsFirst.<Double>getAs("adherence_rate")).isCloseTo(17.0 / 21, within(1e-9));
        assertThat(cardsFirst.<Double>getAs("mean_customer_sentiment")).isCloseTo(0.1 / 7, within(1e-9));
        assertThat(cardsFirst.<Double>getAs("first_contact_resolution")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(cardsFirst.<Double>getAs("mean_score_change")).isNull();
        assertThat(cardsSecond.<Double>getAs("mean_score")).isCloseTo(640.0 / 7, within(1e-9));
        assertThat(cardsSecond.<Double>getAs("mean_score_change")).isCloseTo(160.0 / 7, within(1e-9));
        assertThat(cardsSecond.<Double>getAs("adherence_rate_change")).isCloseTo(1.0 / 21, within(1e-9));
        assertThat(cardsSecond.<Double>getAs("escalation_rate")).isCloseTo(1.0 / 7, within(1e-9));
        assertThat(cardsSecond.<Double>getAs("escalation_rate_change")).isCloseTo(1.0 / 7, within(1e-9));
        assertThat(cardsSecond.<Double>getAs("cancellation_rate")).isCloseTo(1.0 / 7, within(1e-9));

        assertThat(table(Tables.TRENDS).where("team = 'Loans'").select("week_start").collectAsList())
                .extracting(row -> row.getDate(0)).containsExactly(WEEK_1, WEEK_3);
        Row loansAfterEmptyWeek = trend("Loans", WEEK_3);
        assertThat(loansAfterEmptyWeek.<Double>getAs("mean_score")).isEqualTo(100.0);
        assertThat(loansAfterEmptyWeek.<Double>getAs("mean_score_change")).as("week 2 had no calls").isNull();
        assertThat(table(Tables.TRENDS).where("team IS NULL").count()).as("the unknown agent's week").isEqualTo(1);
    }

    @Test
    void findsCallDriversAndTheEmergingTerm() {
        List<Row> drivers = table(Tables.CALL_DRIVERS).collectAsList();
        Map<String, Long> callsPerGroup = drivers.stream().collect(Collectors.groupingBy(
                row -> row.getAs("week_start") + "/" + row.getAs("team"), Collectors.summingLong(row -> row.getAs("calls"))));

        assertThat(callsPerGroup).containsExactlyInAnyOrderEntriesOf(Map.of(WEEK_1 + "/Cards", 7L, WEEK_2 + "/Cards", 7L,
                WEEK_1 + "/Loans", 2L, WEEK_3 + "/Loans", 1L, WEEK_2 + "/null", 1L));
        assertThat(drivers).allSatisfy(row -> assertThat(row.getList(row.fieldIndex("top_terms"))).isNotEmpty());

        // Four of week 2's eight calls mention an outage, none of week 1's; week 3 has one call, under the minimum of 2.
        List<Row> emerging = table(Tables.EMERGING_TERMS).collectAsList();
        assertThat(emerging).extracting(row -> row.getAs("week_start"), row -> row.getAs("term"), row -> row.getAs("calls"),
                        row -> row.getAs("share"), row -> row.getAs("previous_share"), row -> row.getAs("rank"))
                .containsExactly(tuple(WEEK_2, "outage", 4L, 0.5, 0.0, 1));
    }

    @Test
    void writesEveryTableAsItsSchemaFileDeclares() {
        for (TableDefinition table : List.of(Tables.CALL_SCORECARDS, Tables.FLAGGED_CALLS, Tables.COMPLIANCE_AUDIT,
                Tables.AGENT_SCORECARDS, Tables.COACHING_TARGETS, Tables.TRENDS, Tables.CALL_DRIVERS,
                Tables.EMERGING_TERMS, Tables.REVIEW_VERDICTS, Tables.REVIEW_CALIBRATION)) {
            assertThat(TranscribeJobTest.namesAndTypes(table(table).schema())).as(table.name()).isEqualTo(
                    TranscribeJobTest.namesAndTypes(SchemaFile.read(
                            SchemaFile.location(CallqaTestHome.home().resolve("schemas"), table.name()))));
        }
    }

    @Test
    void scoringAnOutputRootWithoutCallsWritesEveryTableEmpty(@TempDir Path empty) {
        RulePack rules = RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml"));
        ScoreResult nothing = new ScoreJob(spark, Scorecard.load(SCORECARD, rules), Map.of(),
                new CallqaConfig.Scoring(SCORECARD.toString(), 3, 4, 7, 10, 2), new PrintStream(new ByteArrayOutputStream()))
                .run(empty.toString());

        assertThat(nothing.scored()).isZero();
        for (TableDefinition table : List.of(Tables.CALL_SCORECARDS, Tables.FLAGGED_CALLS, Tables.COMPLIANCE_AUDIT,
                Tables.AGENT_SCORECARDS, Tables.COACHING_TARGETS, Tables.TRENDS, Tables.CALL_DRIVERS,
                Tables.EMERGING_TERMS, Tables.REVIEW_CALIBRATION)) {
            TableStore store = new TableStore(spark, empty.toString());
            assertThat(store.exists(table.name())).as(table.name()).isTrue();
            assertThat(store.read(table.name(), table.schema()).count()).as(table.name()).isZero();
        }
    }

    private Row callScorecard(String callId) {
        return table(Tables.CALL_SCORECARDS).where("call_id = '" + callId + "'").first();
    }

    private Row reason(String callId, String code) {
        return table(Tables.FLAGGED_CALLS).where("call_id = '" + callId + "'").selectExpr("inline(reasons)")
                .where("reason = '" + code + "'").first();
    }

    private Row trend(String team, Date week) {
        return table(Tables.TRENDS).where("team = '" + team + "' AND week_start = DATE'" + week + "'").first();
    }

    private Dataset<Row> table(TableDefinition table) {
        return new TableStore(spark, out).read(table.name(), table.schema());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
