package io.callqa.jobs;

import io.callqa.manifest.Agent;
import io.callqa.score.CallFacts;
import io.callqa.score.CallScore;
import io.callqa.score.CriterionAnswer;
import io.callqa.score.ReviewFlag;
import io.callqa.score.ReviewReason;
import io.callqa.score.Scorecard;
import io.callqa.score.SectionScore;
import io.callqa.tables.Tables;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import org.apache.spark.sql.Row;

/** The rows the score stage writes for one call: its {@code call_scorecards} row and its {@code flagged_calls} row. */
final class ScoreRows {
    private final Scorecard scorecard;
    private final Timestamp scoredAt;

    ScoreRows(Scorecard scorecard, Timestamp scoredAt) {
        this.scorecard = scorecard;
        this.scoredAt = scoredAt;
    }

    /**
     * @param call the call's inputs ({@link ScoreInputs#perCall})
     * @param compliance the call's required and prohibited rules that applied, and how many of them it passed
     */
    Row callScorecard(Row call, CallFacts facts, CallScore score, Agent agent, ComplianceCount compliance) {
        Date callDate = call.getAs("call_date");
        return Tables.CALL_SCORECARDS.row()
                .set("call_id", facts.callId())
                .set("started_at", call.getAs("started_at"))
                .set("agent_id", agent.agentId())
                .set("agent_name", agent.agentName())
                .set("team", agent.team())
                .set("supervisor_id", agent.supervisorId())
                .set("tenure_days", agent.hireDate() == null ? null
                        : (int) ChronoUnit.DAYS.between(agent.hireDate(), callDate.toLocalDate()))
                .set("queue", facts.queue())
                .set("direction", facts.direction())
                .set("customer_id", call.getAs("customer_id"))
                .set("duration_ms", facts.durationMillis())
                .set("non_talk_ms", facts.nonTalkMillis())
                .set("total_score", score.totalScore())
                .set("score_before_auto_fail", score.scoreBeforeAutoFail())
                .set("auto_fail", score.autoFail())
                .set("auto_fail_criteria", score.autoFailCriteria())
                .set("sections", score.sections().stream().map(ScoreRows::section).toList())
                .set("criteria", score.answers().stream().map(ScoreRows::criterion).toList())
                .set("compliance_applicable", compliance.applicable())
                .set("compliance_passed", compliance.passed())
                .set("escalation", facts.categoryHit(scorecard.reviewQueue().escalationRule()).isPresent())
                .set("cancellation_intent", facts.categoryHit(scorecard.reviewQueue().cancellationRule()).isPresent())
                .set("customer_sentiment", facts.customer().mean())
                .set("customer_sentiment_shift", facts.customer().shift())
                .set("first_contact_resolved", call.getAs("first_contact_resolved"))
                .set("scorecard_id", scorecard.id())
                .set("scorecard_version", scorecard.version())
                .set("scorecard_hash", scorecard.hash())
                .set("rule_pack_id", call.getAs("rule_pack_id"))
                .set("rule_pack_version", call.getAs("rule_pack_version"))
                .set("scored_at", scoredAt)
                .set("call_date", callDate)
                .build();
    }

    Row flaggedCall(Row call, CallScore score, Agent agent, ReviewFlag flag) {
        return Tables.FLAGGED_CALLS.row()
                .set("call_id", call.getAs("call_id"))
                .set("started_at", call.getAs("started_at"))
                .set("agent_id", agent.agentId())
                .set("agent_name", agent.agentName())
                .set("team", agent.team())
                .set("queue", call.getAs("queue"))
                .set("total_score", score.totalScore())
                .set("auto_fail", score.autoFail())
                .set("priority", flag.priority())
                .set("calibration_sample", flag.calibrationSample())
                .set("reason_codes", flag.reasons().stream().map(reason -> reason.code().name()).distinct().toList())
                .set("reasons", flag.reasons().stream().map(ScoreRows::reason).toList())
                .set("scorecard_id", scorecard.id())
                .set("scorecard_version", scorecard.version())
                .set("call_date", call.getAs("call_date"))
                .build();
    }

    /** Required and prohibited rules that applied to a call, and how many of them it passed. */
    record ComplianceCount(int applicable, int passed) {}

    private static Row section(SectionScore section) {
        return Tables.CALL_SCORECARDS.elementRow("sections")
                .set("section_id", section.sectionId())
                .set("title", section.title())
                .set("weight", section.weight())
                .set("score", section.score())
                .build();
    }

    private static Row criterion(CriterionAnswer answer) {
        return EvidenceColumns.set(Tables.CALL_SCORECARDS.elementRow("criteria"), answer.evidence())
                .set("section_id", answer.sectionId())
                .set("criterion_id", answer.criterionId())
                .set("question", answer.question())
                .set("answer", answer.answer().name())
                .set("points", answer.points())
                .set("possible_points", answer.possiblePoints())
                .set("critical", answer.critical())
                .set("detail", answer.detail())
                .build();
    }

    private static Row reason(ReviewReason reason) {
        return EvidenceColumns.set(Tables.FLAGGED_CALLS.elementRow("reasons"), reason.evidence())
                .set("reason", reason.code().name())
                .set("priority", reason.priority())
                .set("detail", reason.detail())
                .build();
    }
}
