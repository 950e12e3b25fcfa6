package io.callqa.jobs;

import io.callqa.report.CalibrationFigure;
import io.callqa.report.CallDriver;
import io.callqa.report.CallScorecard;
import io.callqa.report.CoachingExample;
import io.callqa.report.CoachingTarget;
import io.callqa.report.CriterionAnswer;
import io.callqa.report.EmergingTerm;
import io.callqa.report.FlagReason;
import io.callqa.report.FlaggedCall;
import io.callqa.report.RuleAdherence;
import io.callqa.report.SectionScore;
import io.callqa.report.TeamWeek;
import io.callqa.score.Evidence;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;

/**
 * Turns rows of the scoring tables into the report's plain values, by column name, so that a column added to a table
 * does not disturb the report. Numbers are read as {@link Number}, whatever their width in Parquet.
 */
final class ReportRows {
    /** The team of an agent missing from the roster: the scoring tables leave it empty. */
    static final String NO_TEAM = "(not in roster)";

    private ReportRows() {}

    static FlaggedCall flaggedCall(Row row, Optional<CallScorecard> scorecard) {
        return new FlaggedCall(string(row, "call_id"), instant(row, "started_at"), string(row, "agent_id"),
                agentName(row), team(row), string(row, "queue"), decimal(row, "total_score"),
                bool(row, "auto_fail"), (int) whole(row, "priority"), bool(row, "calibration_sample"),
                structs(row, "reasons").stream().map(reason -> new FlagReason(string(reason, "reason"),
                        string(reason, "detail"), evidence(reason))).toList(),
                scorecard);
    }

    static CallScorecard scorecard(Row row) {
        return new CallScorecard(string(row, "scorecard_id"), string(row, "scorecard_version"),
                decimal(row, "total_score"), decimal(row, "score_before_auto_fail"), bool(row, "auto_fail"),
                structs(row, "sections").stream().map(section -> new SectionScore(string(section, "section_id"),
                        string(section, "title"), orZero(decimal(section, "weight")), decimal(section, "score"))).toList(),
                structs(row, "criteria").stream().map(criterion -> new CriterionAnswer(string(criterion, "section_id"),
                        string(criterion, "criterion_id"), string(criterion, "question"), string(criterion, "answer"),
                        orZero(decimal(criterion, "points")), orZero(decimal(criterion, "possible_points")),
                        bool(criterion, "critical"), string(criterion, "detail"), evidence(criterion))).toList());
    }

    static RuleAdherence ruleAdherence(Row row) {
        return new RuleAdherence(date(row, "week_start"), team(row), string(row, "agent_id"), agentName(row),
                string(row, "rule_id"), string(row, "rule_version"), string(row, "severity"),
                whole(row, "applicable_calls"), whole(row, "passed_calls"), whole(row, "failed_calls"),
                decimal(row, "adherence_rate"), strings(row, "failing_call_ids"), string(row, "rule_pack_id"),
                string(row, "rule_pack_version"), string(row, "rule_pack_hash"));
    }

    static TeamWeek teamWeek(Row row) {
        return new TeamWeek(date(row, "week_start"), team(row), whole(row, "calls"), decimal(row, "mean_score"),
                decimal(row, "adherence_rate"), decimal(row, "escalation_rate"), decimal(row, "cancellation_rate"),
                decimal(row, "mean_customer_sentiment"), decimal(row, "silence_ratio"),
                decimal(row, "average_handle_time_seconds"), decimal(row, "first_contact_resolution"));
    }

    static CallDriver callDriver(Row row) {
        return new CallDriver(date(row, "week_start"), team(row), (int) whole(row, "topic_id"),
                strings(row, "top_terms"), whole(row, "calls"), orZero(decimal(row, "call_share")));
    }

    static EmergingTerm emergingTerm(Row row) {
        return new EmergingTerm(date(row, "week_start"), string(row, "term"), whole(row, "calls"),
                orZero(decimal(row, "share")), decimal(row, "previous_share"), orZero(decimal(row, "rise")),
                (int) whole(row, "rank"));
    }

    static CoachingTarget coachingTarget(Row row) {
        return new CoachingTarget(string(row, "agent_id"), agentName(row), team(row),
                (int) whole(row, "rank"), string(row, "criterion_id"), string(row, "question"), whole(row, "agent_calls"),
                orZero(decimal(row, "agent_rate")), whole(row, "team_calls"), orZero(decimal(row, "team_rate")),
                orZero(decimal(row, "p_value")), orZero(decimal(row, "impact_points")),
                structs(row, "examples").stream().map(example -> new CoachingExample(string(example, "call_id"),
                        date(example, "call_date"), string(example, "detail"), evidence(example))).toList());
    }

    static CalibrationFigure calibrationFigure(Row row) {
        return new CalibrationFigure(string(row, "measure"), string(row, "item_id"), whole(row, "reviewed"),
                whole(row, "agreed"), whole(row, "disagreed"), orZero(decimal(row, "rate")),
                orZero(decimal(row, "rate_low")), orZero(decimal(row, "rate_high")));
    }

    private static String team(Row row) {
        String team = string(row, "team");
        return team == null ? NO_TEAM : team;
    }

    /** An agent missing from the roster has no name: the page shows the id instead. */
    private static String agentName(Row row) {
        String name = string(row, "agent_name");
        return name == null ? string(row, "agent_id") : name;
    }

    private static Evidence evidence(Row row) {
        return new Evidence(wholeOrNull(row, "evidence_start_ms"), wholeOrNull(row, "evidence_end_ms"),
                string(row, "evidence_text"));
    }

    private static boolean has(Row row, String column) {
        return row.schema() != null && row.schema().getFieldIndex(column).isDefined() && !row.isNullAt(row.fieldIndex(column));
    }

    private static String string(Row row, String column) {
        return has(row, column) ? row.get(row.fieldIndex(column)).toString() : null;
    }

    private static boolean bool(Row row, String column) {
        return has(row, column) && row.getBoolean(row.fieldIndex(column));
    }

    private static long whole(Row row, String column) {
        Long value = wholeOrNull(row, column);
        return value == null ? 0 : value;
    }

    private static Long wholeOrNull(Row row, String column) {
        return has(row, column) ? ((Number) row.get(row.fieldIndex(column))).longValue() : null;
    }

    private static Double decimal(Row row, String column) {
        return has(row, column) ? ((Number) row.get(row.fieldIndex(column))).doubleValue() : null;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static Instant instant(Row row, String column) {
        if (!has(row, column)) {
            return null;
        }
        Object value = row.get(row.fieldIndex(column));
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    private static LocalDate date(Row row, String column) {
        if (!has(row, column)) {
            return null;
        }
        Object value = row.get(row.fieldIndex(column));
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static List<String> strings(Row row, String column) {
        return has(row, column) ? row.<String>getList(row.fieldIndex(column)) : List.of();
    }

    private static List<Row> structs(Row row, String column) {
        return has(row, column) ? row.<Row>getList(row.fieldIndex(column)) : List.of();
    }
}
