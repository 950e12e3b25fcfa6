package io.callqa.report;

import java.time.LocalDate;

/** One team's week (a row of trends); every measure is empty when the team had no call it applies to. */
public record TeamWeek(
        LocalDate weekStart,
        String team,
        long calls,
        Double meanScore,
        Double adherenceRate,
        Double escalationRate,
        Double cancellationRate,
        Double meanCustomerSentiment,
        Double silenceRatio,
        Double averageHandleTimeSeconds,
        Double firstContactResolution) {}
