package io.callqa.score;

import java.io.Serializable;
import java.util.List;

/** A group of questions, such as Opening or Security, with its weight in the total score. */
public record ScorecardSection(String id, String title, double weight, List<Criterion> criteria)
        implements Serializable {
    public ScorecardSection {
        criteria = List.copyOf(criteria);
    }
}
