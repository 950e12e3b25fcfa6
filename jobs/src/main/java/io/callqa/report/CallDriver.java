package io.callqa.report;

import java.time.LocalDate;
import java.util.List;

/** A topic customers called about in one team's week, named by its most telling terms. */
public record CallDriver(LocalDate weekStart, String team, int topicId, List<String> topTerms, long calls, double callShare) {
    public CallDriver {
        topTerms = List.copyOf(topTerms);
    }
}
