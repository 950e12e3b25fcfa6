package io.callqa.jobs;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.callqa.tables.Tables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The figures a QA team and a supervisor look at per agent and week, and the same per team and week (the trends),
 * from the scored calls and the compliance audit.
 */
final class AgentWeekTable {
    private AgentWeekTable() {}

    /** One row per agent and week. */
    static Dataset<Row> agentWeeks(Dataset<Row> scorecards, Dataset<Row> audit) {
        Dataset<Row> weeks = withWeek(scorecards)
                .groupBy("week_start", "agent_id", "agent_name", "team", "supervisor_id")
                .agg(min("tenure_days").as("tenure_days"), count(lit(1)).as("calls"),
                        avg("total_score").as("mean_score"),
                        sum(when(col("auto_fail"), 1L).otherwise(0L)).as("auto_fails"),
                        adherence(), avg("customer_sentiment").as("mean_customer_sentiment"),
                        handleTime(), silenceRatio(), firstContactResolution(),
                        sum(when(col("escalation"), 1L).otherwise(0L)).as("escalations"),
                        sum(when(col("cancellation_intent"), 1L).otherwise(0L)).as("cancellations"));
        return ComplianceAuditTable.withAdherenceByRule(weeks, audit, "week_start", "agent_id")
                .select(Tables.AGENT_SCORECARDS.columns());
    }

    /** One row per team and week: the team's figures. */
    static Dataset<Row> teamWeeks(Dataset<Row> scorecards, Dataset<Row> audit) {
        Dataset<Row> weeks = withWeek(scorecards)
                .groupBy("week_start", "team")
                .agg(count(lit(1)).as("calls"), avg("total_score").as("mean_score"), adherence(),
                        avg(col("escalation").cast("double")).as("escalation_rate"),
                        avg(col("cancellation_intent").cast("double")).as("cancellation_rate"),
                        avg("customer_sentiment").as("mean_customer_sentiment"), silenceRatio(), handleTime(),
                        firstContactResolution());
        return ComplianceAuditTable.withAdherenceByRule(weeks, audit, "week_start", "team");
    }

    private static Dataset<Row> withWeek(Dataset<Row> scorecards) {
        return scorecards.withColumn("week_start", Weeks.start(col("call_date")));
    }

    /** Passed over applicable, pooled over every compliance rule; empty when no rule applied. */
    private static Column adherence() {
        Column applicable = sum("compliance_applicable");
        return when(applicable.gt(0), sum("compliance_passed").divide(applicable)).as("adherence_rate");
    }

    private static Column handleTime() {
        return avg("duration_ms").divide(1000.0).as("average_handle_time_seconds");
    }

    private static Column silenceRatio() {
        Column duration = sum("duration_ms");
        return when(duration.gt(0), sum("non_talk_ms").divide(duration)).as("silence_ratio");
    }

    /** Resolved over known: calls whose resolution is not known yet do not count either way. */
    private static Column firstContactResolution() {
        return avg(col("first_contact_resolved").cast("double")).as("first_contact_resolution");
    }
}
