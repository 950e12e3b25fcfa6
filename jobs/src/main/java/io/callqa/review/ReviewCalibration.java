package io.callqa.review;

import io.callqa.review.CalibrationMeasure.Kind;
import io.callqa.review.ReviewVerdict.ItemKind;
import io.callqa.score.ReviewReasonCode;
import io.callqa.score.WilsonInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What reviewers' verdicts measure: the flags' precision per reason, each question's agreement with reviewers, and
 * the calibration sample's miss rate — each with a Wilson interval, since a few dozen verdicts are the usual case.
 */
public final class ReviewCalibration {
    private ReviewCalibration() {}

    /**
     * @param stillCurrent whether a verdict is on an answer the tables still give (the call still carries the reason,
     *     the question still has the answer the reviewer saw); a verdict on an answer re-scoring has changed says
     *     nothing about the current flags and is left out
     */
    public static List<CalibrationMeasure> measure(List<ReviewVerdict> verdicts, Predicate<ReviewVerdict> stillCurrent) {
        Map<String, int[]> reasons = new TreeMap<>();
        Map<String, int[]> questions = new TreeMap<>();
        int[] calibration = new int[2];
        for (ReviewVerdict verdict : verdicts) {
            if (!stillCurrent.test(verdict)) {
                continue;
            }
            int[] counts = verdict.itemKind() == ItemKind.QUESTION
                    ? questions.computeIfAbsent(verdict.itemId(), ignored -> new int[2])
                    : verdict.itemId().equals(ReviewReasonCode.CALIBRATION_SAMPLE.name()) ? calibration
                    : reasons.computeIfAbsent(verdict.itemId(), ignored -> new int[2]);
            counts[verdict.agrees() ? 0 : 1]++;
        }
        List<CalibrationMeasure> measures = new ArrayList<>();
        reasons.forEach((reason, counts) -> measures.add(measure(Kind.FLAG_PRECISION, reason, counts, counts[0])));
        questions.forEach((question, counts) -> measures.add(measure(Kind.QUESTION_AGREEMENT, question, counts, counts[0])));
        if (calibration[0] + calibration[1] > 0) {
            measures.add(measure(Kind.CALIBRATION_MISS_RATE, ReviewReasonCode.CALIBRATION_SAMPLE.name(), calibration,
                    calibration[1]));
        }
        return List.copyOf(measures);
    }

    private static CalibrationMeasure measure(Kind kind, String item, int[] counts, int counted) {
        int reviewed = counts[0] + counts[1];
        WilsonInterval interval = WilsonInterval.of(counted, reviewed);
        return new CalibrationMeasure(kind, item, reviewed, counts[0], counts[1], (double) counted / reviewed,
                interval.low(), interval.high());
    }
}
