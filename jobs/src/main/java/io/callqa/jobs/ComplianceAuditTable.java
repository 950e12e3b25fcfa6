package io.callqa.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.callqa.rules.RuleKind;
import io.callqa.rules.RuleOutcome;
import io.callqa.tables.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/** Script adherence per rule, team, agent and week, for the compliance officer: which calls failed which rule. */
final class ComplianceAuditTable {
    private ComplianceAuditTable() {}

    /**
     * @param ruleResults the {@code rule_results} table
     * @param scorecards the {@code call_scorecards} being written: only scored calls count, with their roster team
     */
    static Dataset<Row> build(Dataset<Row> ruleResults, Dataset<Row> scorecards) {
        Column failed = col("outcome").equalTo(RuleOutcome.FAIL.name());
        return ruleResults
                .where(col("kind").notEqual(RuleKind.CATEGORY.label())
                        .and(col("outcome").isin(RuleOutcome.PASS.name(), RuleOutcome.FAIL.name())))
                .join(scorecards.select(col("call_id").as("s_call_id"), col("team"), col("agent_name"),
                        Weeks.start(col("call_date")).as("week_start")), col("call_id").equalTo(col("s_call_id")))
                .groupBy("week_start", "team", "agent_id", "agent_name", "rule_id", "rule_version", "severity",
                        "rule_pack_id", "rule_pack_version", "rule_pack_hash")
                .agg(count(lit(1)).as("applicable_calls"),
                        sum(when(failed, 0L).otherwise(1L)).as("passed_calls"),
                        sum(when(failed, 1L).otherwise(0L)).as("failed_calls"),
                        sort_array(collect_list(when(failed, col("call_id")))).as("failing_call_ids"))
                .withColumn("adherence_rate", col("passed_calls").divide(col("applicable_calls")))
                .select(Tables.COMPLIANCE_AUDIT.columns());
    }

    /**
     * Adds {@code adherence_by_rule}, the adherence rate per compliance rule, to rows keyed by {@code keys} (such as
     * week and agent); an empty map where no rule applied. Keys may be empty (an agent not in the roster has no team).
     */
    static Dataset<Row> withAdherenceByRule(Dataset<Row> rows, Dataset<Row> audit, String... keys) {
        List<Column> perRule = new ArrayList<>(Arrays.stream(keys).map(functions::col).toList());
        perRule.add(col("rule_id"));
        Dataset<Row> byRule = audit.groupBy(perRule.toArray(Column[]::new))
                .agg(sum("passed_calls").divide(sum("applicable_calls")).as("rate"))
                .groupBy(Arrays.stream(keys).map(key -> col(key).as("a_" + key)).toArray(Column[]::new))
                .agg(map_from_entries(collect_list(struct("rule_id", "rate"))).as("rule_rates"));
        Column sameKeys = lit(true);
        for (String key : keys) {
            sameKeys = sameKeys.and(rows.col(key).eqNullSafe(byRule.col("a_" + key)));
        }
        Dataset<Row> joined = rows.join(byRule, sameKeys, "left")
                .withColumn("adherence_by_rule", coalesce(col("rule_rates"), map().cast("map<string,double>")))
                .drop("rule_rates");
        for (String key : keys) {
            joined = joined.drop("a_" + key);
        }
        return joined;
    }
}
