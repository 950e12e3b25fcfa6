package io.callqa.jobs;

import io.callqa.manifest.Agent;
import io.callqa.rejects.RejectReason;
import io.callqa.rules.RuleOutcome;
import io.callqa.score.CallFacts;
import io.callqa.score.CallScore;
import io.callqa.score.CallScorer;
import io.callqa.score.CriterionAnswer;
import io.callqa.score.Evidence;
import io.callqa.score.PartySentiment;
import io.callqa.score.ReviewFlag;
import io.callqa.score.ReviewFlagger;
import io.callqa.score.ReviewReason;
import io.callqa.score.RuleFinding;
import io.callqa.score.Scorecard;
import io.callqa.score.SectionScore;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The executor side of the score stage: fills in the scorecard of each call and decides its place in the queue. */
final class ScoreCalls implements MapPartitionsFunction<Row, Row> {
    private static final Logger LOG = LoggerFactory.getLogger(ScoreCalls.class);

    private final Scorecard scorecard;
    private final Map<String, Agent> roster;
    private final Timestamp scoredAt;

    ScoreCalls(Scorecard scorecard, Map<String, Agent> roster, Timestamp scoredAt) {
        this.scorecard = scorecard;
        this.roster = Map.copyOf(roster);
        this.scoredAt = scoredAt;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> calls) {
        CallScorer scorer = new CallScorer(scorecard);
        ReviewFlagger flagger = new ReviewFlagger(scorecard.reviewQueue());
        List<Row> outcomes = new ArrayList<>();
        while (calls.hasNext()) {
            Row call = calls.next();
            String callId = call.getAs("call_id");
            try {
                outcomes.add(score(call, scorer, flagger));
            } catch (RuntimeException e) {
                LOG.warn("Cannot score call {}: {}", callId, e.toString());
                outcomes.add(rejected(callId, reject(callId, RejectReason.INTERNAL_ERROR,
                        "Cannot score call: " + e, null, false)));
            }
        }
        return outcomes.iterator();
    }

    private Row score(Row call, CallScorer scorer, ReviewFlagger flagger) {
        String callId = call.getAs("call_id");
        if (call.isNullAt(call.fieldIndex("rules"))) {
            return rejected(callId, reject(callId, RejectReason.NOT_ANALYZED, "Cannot score call: it has no rule "
                    + "results; its analysis was rejected (see rejects, stage analyze) or has not run yet", null, false));
        }
        CallFacts facts = facts(call);
        CallScore score = scorer.score(facts);
        String agentId = call.getAs("agent_id");
        List<Row> rejects = new ArrayList<>();
        if (!roster.containsKey(agentId)) {
            rejects.add(reject(callId, RejectReason.UNKNOWN_AGENT, "Cannot find agent " + agentId + " in the roster: "
                    + "the call is scored without agent name and team; add the agent to the roster", agentId, true));
        }
        Agent agent = roster.getOrDefault(agentId, new Agent(agentId, null, null, null, null));
        Row scorecardRow = scorecardRow(call, facts, score, agent);
        Row flagRow = flagger.flag(facts, score).map(flag -> flagRow(call, score, agent, flag)).orElse(null);
        return RowFactory.create(callId, ScoreOutcome.SCORED, scorecardRow, flagRow, Rows.seq(rejects));
    }

    private Row scorecardRow(Row call, CallFacts facts, CallScore score, Agent agent) {
        Date callDate = call.getAs("call_date");
        Integer tenureDays = agent.hireDate() == null ? null
                : (int) ChronoUnit.DAYS.between(agent.hireDate(), callDate.toLocalDate());
        int applicable = 0;
        int passed = 0;
        for (Row rule : call.<Row>getList(call.fieldIndex("rules"))) {
            String kind = rule.getAs("kind");
            String outcome = rule.getAs("outcome");
            if (!kind.equals("category") && !outcome.equals(RuleOutcome.NOT_APPLICABLE.name())) {
                applicable++;
                passed += outcome.equals(RuleOutcome.PASS.name()) ? 1 : 0;
            }
        }
        List<Row> sections = score.sections().stream()
                .map((SectionScore section) -> RowFactory.create(section.sectionId(), section.title(), section.weight(),
                        section.score()))
                .toList();
        List<Row> criteria = score.answers().stream()
                .map((CriterionAnswer answer) -> RowFactory.create(answer.sectionId(), answer.criterionId(),
                        answer.question(), answer.answer().name(), answer.points(), answer.possiblePoints(),
                        answer.critical(), answer.detail(), answer.evidence().startMillis(),
                        answer.evidence().endMillis(), answer.evidence().text()))
                .toList();
        return RowFactory.create(facts.callId(), call.getAs("started_at"), agent.agentId(), agent.agentName(),
                agent.team(), agent.supervisorId(), tenureDays, facts.queue(), facts.direction(),
                call.getAs("customer_id"), facts.durationMillis(), facts.nonTalkMillis(), score.totalScore(),
                score.scoreBeforeAutoFail(), score.autoFail(), Rows.seq(score.autoFailCriteria()), Rows.seq(sections),
                Rows.seq(criteria), applicable, passed,
                facts.categoryHit(scorecard.reviewQueue().escalationRule()).isPresent(),
                facts.categoryHit(scorecard.reviewQueue().cancellationRule()).isPresent(),
                facts.customer().mean(), facts.customer().shift(), call.getAs("first_contact_resolved"),
                scorecard.id(), scorecard.version(), scorecard.hash(), call.getAs("rule_pack_id"),
                call.getAs("rule_pack_version"), scoredAt, callDate);
    }

    private Row flagRow(Row call, CallScore score, Agent agent, ReviewFlag flag) {
        List<Row> reasons = flag.reasons().stream()
                .map((ReviewReason reason) -> RowFactory.create(reason.code().name(), reason.priority(),
                        reason.detail(), reason.evidence().startMillis(), reason.evidence().endMillis(),
                        reason.evidence().text()))
                .toList();
        return RowFactory.create(call.getAs("call_id"), call.getAs("started_at"), agent.agentId(), agent.agentName(),
                agent.team(), call.getAs("queue"), score.totalScore(), score.autoFail(), flag.priority(),
                flag.calibrationSample(),
                Rows.seq(flag.reasons().stream().map(reason -> reason.code().name()).distinct().toList()),
                Rows.seq(reasons), scorecard.id(), scorecard.version(), call.getAs("call_date"));
    }

    private static CallFacts facts(Row call) {
        Map<String, RuleFinding> rules = new HashMap<>();
        for (Row rule : call.<Row>getList(call.fieldIndex("rules"))) {
            String ruleId = rule.getAs("rule_id");
            rules.put(ruleId, new RuleFinding(ruleId, RuleOutcome.valueOf(rule.getAs("outcome")),
                    rule.getAs("evidence_start_ms"), rule.getAs("evidence_end_ms"), rule.getAs("evidence_text")));
        }
        Row negative = call.getAs("negative_turn");
        Evidence negativeTurn = negative == null ? Evidence.NONE
                : new Evidence(negative.getAs("start_ms"), negative.getAs("end_ms"), negative.getAs("text"));
        return new CallFacts(call.getAs("call_id"), call.getAs("queue"), call.getAs("direction"),
                call.<Long>getAs("duration_ms"), call.<Long>getAs("non_talk_ms"),
                call.<Long>getAs("longest_silence_ms"), call.<Long>getAs("longest_silence_start_ms"),
                call.<Long>getAs("overtalk_ms"), call.<Integer>getAs("overtalk_count"),
                call.getAs("agent_interruptions"), call.getAs("customer_interruptions"),
                call.getAs("agent_words_per_minute"), call.getAs("customer_words_per_minute"), rules,
                sentiment(call, "customer"), sentiment(call, "agent"), negativeTurn);
    }

    private static PartySentiment sentiment(Row call, String role) {
        return new PartySentiment(call.getAs(role + "_mean"), call.getAs(role + "_end"), call.getAs(role + "_shift"));
    }

    private Row rejected(String callId, Row reject) {
        return RowFactory.create(callId, ScoreOutcome.REJECTED, null, null, Rows.seq(List.of(reject)));
    }

    private Row reject(String callId, RejectReason reason, String message, String inputReference, boolean warning) {
        return RowFactory.create(callId, "call_metrics", reason.name(), message, inputReference, warning, scoredAt,
                ScoreJob.STAGE);
    }
}
