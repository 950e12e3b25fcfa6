package io.callqa.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Decides whether a scored call goes to the QA review queue, why, and how urgently. */
public final class ReviewFlagger {
    private final ReviewQueueSettings settings;
    private final CalibrationSample calibration;

    public ReviewFlagger(ReviewQueueSettings settings) {
        this.settings = settings;
        this.calibration = new CalibrationSample(settings.calibrationShare(), settings.calibrationSeed());
    }

    public Optional<ReviewFlag> flag(CallFacts call, CallScore score) {
        List<ReviewReason> reasons = new ArrayList<>();
        for (CriterionAnswer answer : score.answers()) {
            if (answer.critical() && answer.answer() == Answer.NOT_MET) {
                reasons.add(new ReviewReason(ReviewReasonCode.AUTO_FAIL, settings.autoFailPriority(),
                        "Auto-fail: " + answer.question() + " (" + answer.detail() + ")", answer.evidence()));
            }
        }
        if (!score.autoFail() && settings.lowScoreBelow() != null && score.totalScore() != null
                && score.totalScore() < settings.lowScoreBelow()) {
            reasons.add(new ReviewReason(ReviewReasonCode.LOW_SCORE, settings.lowScorePriority(),
                    "Score " + format(score.totalScore()) + " is below " + Threshold.number(settings.lowScoreBelow()),
                    Evidence.NONE));
        }
        call.categoryHit(settings.escalationRule()).ifPresent(finding -> reasons.add(new ReviewReason(
                ReviewReasonCode.ESCALATION, settings.escalationPriority(), "The customer asked for escalation",
                finding.evidence())));
        call.categoryHit(settings.cancellationRule()).ifPresent(finding -> reasons.add(new ReviewReason(
                ReviewReasonCode.CANCELLATION_INTENT, settings.cancellationPriority(),
                "The customer wants to cancel", finding.evidence())));
        Double shift = call.customer().shift();
        if (settings.sentimentShiftAtMost() != null && shift != null && shift <= settings.sentimentShiftAtMost()) {
            reasons.add(new ReviewReason(ReviewReasonCode.NEGATIVE_SENTIMENT, settings.sentimentPriority(),
                    "Customer sentiment fell by " + format(-shift) + " over the call", call.mostNegativeCustomerTurn()));
        }
        if (settings.silenceSecondsOver() != null
                && call.longestSilenceMillis() > settings.silenceSecondsOver() * 1000) {
            reasons.add(new ReviewReason(ReviewReasonCode.LONG_SILENCE, settings.silencePriority(),
                    "Silence of " + format(call.longestSilenceMillis() / 1000.0) + " s", call.longestSilence()));
        }
        if (!reasons.isEmpty()) {
            int priority = reasons.stream().mapToInt(ReviewReason::priority).min().orElseThrow();
            return Optional.of(new ReviewFlag(priority, false, reasons));
        }
        if (calibration.includes(call.callId())) {
            return Optional.of(new ReviewFlag(settings.calibrationPriority(), true, List.of(new ReviewReason(
                    ReviewReasonCode.CALIBRATION_SAMPLE, settings.calibrationPriority(),
                    "Not flagged; drawn at random (" + format(100 * settings.calibrationShare())
                            + " % of unflagged calls) to check what the flags miss", Evidence.NONE))));
        }
        return Optional.empty();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
