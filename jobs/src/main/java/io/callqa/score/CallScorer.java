package io.callqa.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills in a scorecard for one call, as evaluation forms do: a question that does not apply earns nothing and costs
 * nothing; a section scores the share of its applicable points that were earned; the total weighs the sections that
 * applied; a missed critical question fails the call (total 0).
 */
public final class CallScorer {
    private final Scorecard scorecard;

    public CallScorer(Scorecard scorecard) {
        this.scorecard = scorecard;
    }

    public CallScore score(CallFacts call) {
        List<CriterionAnswer> answers = new ArrayList<>();
        List<SectionScore> sections = new ArrayList<>();
        List<String> autoFails = new ArrayList<>();
        double weightedSum = 0;
        double appliedWeight = 0;
        for (ScorecardSection section : scorecard.sections()) {
            double earned = 0;
            double possible = 0;
            for (Criterion criterion : section.criteria()) {
                CriterionResult result = criterion.answer(call);
                boolean applies = result.answer() != Answer.NOT_APPLICABLE;
                boolean met = result.answer() == Answer.MET;
                answers.add(new CriterionAnswer(section.id(), criterion.id(), criterion.question(), result.answer(),
                        met ? criterion.points() : 0, applies ? criterion.points() : 0, criterion.critical(),
                        result.detail(), result.evidence()));
                earned += met ? criterion.points() : 0;
                possible += applies ? criterion.points() : 0;
                if (criterion.critical() && result.answer() == Answer.NOT_MET) {
                    autoFails.add(criterion.id());
                }
            }
            Double score = possible > 0 ? 100.0 * earned / possible : null;
            sections.add(new SectionScore(section.id(), section.title(), section.weight(), score));
            if (score != null) {
                weightedSum += section.weight() * score;
                appliedWeight += section.weight();
            }
        }
        Double beforeAutoFail = appliedWeight > 0 ? weightedSum / appliedWeight : null;
        Double total = autoFails.isEmpty() || beforeAutoFail == null ? beforeAutoFail : Double.valueOf(0);
        return new CallScore(answers, sections, total, beforeAutoFail, autoFails);
    }
}
