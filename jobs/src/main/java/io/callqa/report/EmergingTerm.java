package io.callqa.report;

import java.time.LocalDate;

/** A term customers used in more calls this week than the week before. */
public record EmergingTerm(
        LocalDate weekStart, String term, long calls, double share, Double previousShare, double rise, int rank) {}
