package io.callqa.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callqa.rules.RuleOutcome;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Filling in a scorecard for one call, on a form small enough to check by hand. */
class CallScorerTest {
    /** Opening (weight 1): greeting 1 point, disclosure 3 points and critical. Handling (weight 3): silence, pace. */
    private static final Scorecard FORM = new Scorecard("form", "1", "", "hash", "pack", List.of(
            new ScorecardSection("opening", "Opening", 1, List.of(
                    criterion("greeting", 1, false, new AnswerSource.FromRule("greeting", Set.of(RuleOutcome.PASS))),
                    criterion("disclosure", 3, true,
                            new AnswerSource.FromRule("disclosure", Set.of(RuleOutcome.PASS))))),
            new ScorecardSection("handling", "Handling", 3, List.of(
                    criterion("silence", 1, false, new AnswerSource.FromMetric(CallMeasure.LONGEST_SILENCE_SECONDS,
                            new Threshold(30.0, null))),
                    criterion("pace", 1, false, new AnswerSource.FromMetric(CallMeasure.AGENT_WORDS_PER_MINUTE,
                            new Threshold(190.0, 100.0)))))),
            null, null);

    @Test
    void weighsSectionsByTheShareOfApplicablePointsEarned() {
        CallScore score = new CallScorer(FORM).score(call(RuleOutcome.FAIL, RuleOutcome.PASS, 45, 150.0));

        // Opening 3 of 4 points = 75; handling 1 of 2 = 50; total (1 x 75 + 3 x 50) / 4 = 56.25.
        assertThat(score.sections()).extracting(SectionScore::score).containsExactly(75.0, 50.0);
        assertThat(score.totalScore()).isCloseTo(56.25, within(1e-12));
        assertThat(score.autoFail()).isFalse();
        assertThat(score.answers()).extracting(CriterionAnswer::answer)
                .containsExactly(Answer.NOT_MET, Answer.MET, Answer.NOT_MET, Answer.MET);
        assertThat(score.answers().get(2).detail()).isEqualTo("longest_silence_seconds 45, expected at most 30");
    }

    @Test
    void leavesOutQuestionsAndSectionsThatDoNotApply() {
        // A mono recording has no agent pace; the disclosure rule did not apply.
        CallScore score = new CallScorer(FORM).score(call(RuleOutcome.PASS, RuleOutcome.NOT_APPLICABLE, 10, null));

        assertThat(score.answers()).extracting(CriterionAnswer::answer)
                .containsExactly(Answer.MET, Answer.NOT_APPLICABLE, Answer.MET, Answer.NOT_APPLICABLE);
        assertThat(score.answers()).extracting(CriterionAnswer::possiblePoints).containsExactly(1.0, 0.0, 1.0, 0.0);
        assertThat(score.totalScore()).isEqualTo(100.0);
    }

    @Test
    void aMissedCriticalQuestionFailsTheCallButKeepsTheScoreBeforeIt() {
        CallScore score = new CallScorer(FORM).score(call(RuleOutcome.PASS, RuleOutcome.FAIL, 10, 150.0));

        assertThat(score.autoFail()).isTrue();
        assertThat(score.autoFailCriteria()).containsExactly("disclosure");
        assertThat(score.totalScore()).isZero();
        // Opening 1 of 4 = 25, handling 100: (25 + 300) / 4.
        assertThat(score.scoreBeforeAutoFail()).isCloseTo(81.25, within(1e-12));
    }

    @Test
    void aCallNoQuestionAppliesToHasNoScore() {
        Scorecard ruleOnly = new Scorecard("form", "1", "", "hash", "pack", List.of(FORM.sections().get(0)), null, null);
        CallScore score = new CallScorer(ruleOnly).score(call(RuleOutcome.NOT_APPLICABLE, RuleOutcome.NOT_APPLICABLE,
                10, 150.0));

        assertThat(score.totalScore()).isNull();
        assertThat(score.sections()).extracting(SectionScore::score).containsOnlyNulls();
    }

    private static Criterion criterion(String id, double points, boolean critical, AnswerSource source) {
        return new Criterion(id, id + "?", points, critical, source, Set.of(), Set.of());
    }

    private static CallFacts call(RuleOutcome greeting, RuleOutcome disclosure, long silenceSeconds,
            Double agentWordsPerMinute) {
        return new CallFacts("c1", "cards", "inbound", 300_000, 60_000, silenceSeconds * 1000, 1_000, 0L, 0, 0, 0,
                agentWordsPerMinute, 120.0, Map.of(
                        "greeting", new RuleFinding("greeting", greeting, Evidence.NONE),
                        "disclosure", new RuleFinding("disclosure", disclosure, Evidence.NONE)),
                PartySentiment.SILENT, PartySentiment.SILENT, Evidence.NONE);
    }
}
