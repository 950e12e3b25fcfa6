package io.callqa.jobs;

import io.callqa.jobs.ScoreRows.ComplianceCount;
import io.callqa.manifest.Agent;
import io.callqa.rejects.Reject;
import io.callqa.rejects.RejectReason;
import io.callqa.rules.RuleKind;
import io.callqa.rules.RuleOutcome;
import io.callqa.score.CallFacts;
import io.callqa.score.CallScore;
import io.callqa.score.CallScorer;
import io.callqa.score.Evidence;
import io.callqa.score.PartySentiment;
import io.callqa.score.ReviewFlagger;
import io.callqa.score.RuleFinding;
import io.callqa.score.Scorecard;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
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
        ScoreRows rows = new ScoreRows(scorecard, scoredAt);
        return Rows.mapLazily(calls, call -> scoreOrReject(call, scorer, flagger, rows));
    }

    private Row scoreOrReject(Row call, CallScorer scorer, ReviewFlagger flagger, ScoreRows rows) {
        String callId = call.getAs("call_id");
        try {
            return score(call, scorer, flagger, rows);
        } catch (RuntimeException e) {
            LOG.warn("Cannot score call {}: {}", callId, e.toString());
            return rejected(callId, RejectReason.INTERNAL_ERROR, "Cannot score call: " + e);
        }
    }

    private Row score(Row call, CallScorer scorer, ReviewFlagger flagger, ScoreRows rows) {
        String callId = call.getAs("call_id");
        if (call.isNullAt(call.fieldIndex("rules"))) {
            return rejected(callId, RejectReason.NOT_ANALYZED, "Cannot score call: it has no rule results; its "
                    + "analysis was rejected (see rejects, stage analyze) or has not run yet");
        }
        CallFacts facts = facts(call);
        CallScore score = scorer.score(facts);
        String agentId = call.getAs("agent_id");
        List<Row> warnings = new ArrayList<>();
        if (!roster.containsKey(agentId)) {
            warnings.add(rejectRow(new Reject(callId, "call_metrics", ScoreJob.STAGE, RejectReason.UNKNOWN_AGENT,
                    "Cannot find agent " + agentId + " in the roster: the call is scored without agent name and team; "
                            + "add the agent to the roster", agentId).asWarning()));
        }
        Agent agent = roster.getOrDefault(agentId, new Agent(agentId, null, null, null, null));
        Row scorecardRow = rows.callScorecard(call, facts, score, agent, compliance(call));
        Row flagRow = flagger.flag(facts, score).map(flag -> rows.flaggedCall(call, score, agent, flag)).orElse(null);
        return ScoreOutcome.scored(callId, scorecardRow, flagRow, warnings);
    }

    /** The call's required and prohibited rules that applied, and how many of them it passed. */
    private static ComplianceCount compliance(Row call) {
        int applicable = 0;
        int passed = 0;
        for (Row rule : call.<Row>getList(call.fieldIndex("rules"))) {
            RuleOutcome outcome = RuleOutcome.valueOf(rule.getAs("outcome"));
            if (RuleKind.fromLabel(rule.getAs("kind")) != RuleKind.CATEGORY && outcome != RuleOutcome.NOT_APPLICABLE) {
                applicable++;
                passed += outcome == RuleOutcome.PASS ? 1 : 0;
            }
        }
        return new ComplianceCount(applicable, passed);
    }

    private static CallFacts facts(Row call) {
        Map<String, RuleFinding> rules = new HashMap<>();
        for (Row rule : call.<Row>getList(call.fieldIndex("rules"))) {
            String ruleId = rule.getAs("rule_id");
            rules.put(ruleId, new RuleFinding(ruleId, RuleOutcome.valueOf(rule.getAs("outcome")),
                    EvidenceColumns.of(rule)));
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

    private Row rejected(String callId, RejectReason reason, String message) {
        return ScoreOutcome.rejected(callId, rejectRow(new Reject(callId, "call_metrics", ScoreJob.STAGE, reason,
                message, null)));
    }

    private Row rejectRow(Reject reject) {
        return RejectRows.of(reject, scoredAt);
    }
}
