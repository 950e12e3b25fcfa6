package io.callqa.report;

import java.util.List;

/** The automatically scored scorecard of one call. */
public record CallScorecard(
        String scorecardId,
        String scorecardVersion,
        Double totalScore,
        Double scoreBeforeAutoFail,
        boolean autoFail,
        List<SectionScore> sections,
        List<CriterionAnswer> criteria) {

    public CallScorecard {
        sections = List.copyOf(sections);
        criteria = List.copyOf(criteria);
    }
}
