package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.callqa.manifest.Agent;
import io.callqa.score.Answer;
import io.callqa.score.CoachingAnalysis;
import io.callqa.score.CoachingTarget;
import io.callqa.score.CriterionTally;
import io.callqa.score.Scorecard;
import io.callqa.tables.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * Coaching targets for trainers: per agent, the questions where the agent falls behind the rest of the team over the
 * recent weeks, with example calls. Spark counts answers per agent and question; the statistics run on the driver
 * over those counts (agents times questions: small).
 */
final class CoachingTargetTable {
    private CoachingTargetTable() {}

    static Dataset<Row> build(SparkSession spark, Dataset<Row> scorecards, Scorecard scorecard,
            Map<String, Agent> roster) {
        Row latest = scorecards.agg(max("call_date")).first();
        if (latest.isNullAt(0)) {
            return spark.createDataFrame(List.of(), Tables.COACHING_TARGETS.schema());
        }
        LocalDate latestDay = latest.getDate(0).toLocalDate();
        LocalDate periodEnd = latestDay.plusDays(6 - (latestDay.getDayOfWeek().getValue() - 1));
        LocalDate periodStart = periodEnd.minusDays(7L * scorecard.coaching().weeks() - 1);

        Dataset<Row> answers = scorecards
                .where(col("team").isNotNull()
                        .and(col("call_date").between(Date.valueOf(periodStart), Date.valueOf(periodEnd))))
                .select(col("call_id"), col("call_date"), col("started_at"), col("team"), col("agent_id"),
                        explode(col("criteria")).as("answer"))
                .where(col("answer.answer").notEqual(Answer.NOT_APPLICABLE.name()));
        List<CriterionTally> tallies = answers
                .groupBy(col("team"), col("agent_id"), col("answer.criterion_id").as("criterion_id"))
                .agg(count(lit(1)).as("calls"),
                        sum(when(col("answer.answer").equalTo(Answer.MET.name()), 1L).otherwise(0L)).as("met"))
                .collectAsList().stream()
                .map(row -> new CriterionTally(row.getString(0), row.getString(1), row.getString(2),
                        (int) row.getLong(3), (int) row.getLong(4)))
                .toList();
        List<CoachingTarget> targets = new CoachingAnalysis(scorecard).targets(tallies);

        Map<String, List<Row>> examples = examples(answers, targets, scorecard.coaching().examples());
        List<Row> rows = new ArrayList<>();
        for (CoachingTarget target : targets) {
            Agent agent = roster.get(target.agentId());
            rows.add(Tables.COACHING_TARGETS.row()
                    .set("agent_id", target.agentId())
                    .set("agent_name", agent == null ? null : agent.agentName())
                    .set("team", target.team())
                    .set("rank", target.rank())
                    .set("section_id", target.sectionId())
                    .set("criterion_id", target.criterionId())
                    .set("question", target.question())
                    .set("agent_calls", target.agentCalls())
                    .set("agent_met", target.agentMet())
                    .set("agent_rate", target.agentRate())
                    .set("agent_rate_low", target.agentInterval().low())
                    .set("agent_rate_high", target.agentInterval().high())
                    .set("team_calls", target.teamCalls())
                    .set("team_met", target.teamMet())
                    .set("team_rate", target.teamRate())
                    .set("p_value", target.pValue())
                    .set("impact_points", target.impactPoints())
                    .set("period_start", Date.valueOf(periodStart))
                    .set("period_end", Date.valueOf(periodEnd))
                    .set("examples", examples.getOrDefault(key(target.agentId(), target.criterionId()), List.of()))
                    .set("scorecard_id", scorecard.id())
                    .set("scorecard_version", scorecard.version())
                    .build());
        }
        return spark.createDataFrame(rows, Tables.COACHING_TARGETS.schema());
    }

    /** The most recent calls in which the agent did not meet the question, per target. */
    private static Map<String, List<Row>> examples(Dataset<Row> answers, List<CoachingTarget> targets, int perTarget) {
        if (targets.isEmpty()) {
            return Map.of();
        }
        Set<String> wanted = targets.stream().map(target -> key(target.agentId(), target.criterionId()))
                .collect(Collectors.toSet());
        Map<String, List<Row>> examples = new HashMap<>();
        answers.where(col("answer.answer").equalTo(Answer.NOT_MET.name()))
                .withColumn("recency", row_number().over(Window.partitionBy(col("agent_id"), col("answer.criterion_id"))
                        .orderBy(col("started_at").desc(), col("call_id"))))
                .where(col("recency").leq(perTarget))
                .orderBy("agent_id", "answer.criterion_id", "recency")
                .collectAsList()
                .forEach(row -> {
                    Row answer = row.getAs("answer");
                    String key = key(row.getAs("agent_id"), answer.getAs("criterion_id"));
                    if (wanted.contains(key)) {
                        examples.computeIfAbsent(key, ignored -> new ArrayList<>()).add(EvidenceColumns.set(
                                        Tables.COACHING_TARGETS.elementRow("examples"), EvidenceColumns.of(answer))
                                .set("call_id", row.getAs("call_id"))
                                .set("call_date", row.getAs("call_date"))
                                .set("detail", answer.getAs("detail"))
                                .build());
                    }
                });
        return examples;
    }

    private static String key(String agentId, String criterionId) {
        return agentId + "\u0000" + criterionId;
    }
}
