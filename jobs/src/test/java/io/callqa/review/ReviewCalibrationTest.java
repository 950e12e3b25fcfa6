package io.callqa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.callqa.review.CalibrationMeasure.Kind;
import io.callqa.review.ReviewVerdict.ItemKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flags' precision, the questions' agreement and the calibration miss rate, worked out by hand. */
class ReviewCalibrationTest {
    private final List<ReviewVerdict> verdicts = new ArrayList<>();

    @Test
    void measuresEachReasonQuestionAndTheCalibrationSample() {
        // LOW_SCORE: 3 of 4 flags deserved. ESCALATION: 2 of 2. Question greeting: 4 of 5 answers agreed.
        reason("c1", "LOW_SCORE", true);
        reason("c2", "LOW_SCORE", true);
        reason("c3", "LOW_SCORE", true);
        reason("c4", "LOW_SCORE", false);
        reason("c5", "ESCALATION", true);
        reason("c6", "ESCALATION", true);
        for (int call = 1; call <= 5; call++) {
            question("c" + call, "greeting", "MET", call != 3);
        }
        // Calibration sample: reviewers say the flags missed 1 of 10 unflagged calls.
        for (int call = 1; call <= 10; call++) {
            reason("k" + call, "CALIBRATION_SAMPLE", call != 7);
        }

        List<CalibrationMeasure> measures = ReviewCalibration.measure(verdicts, verdict -> true);

        assertThat(measures).extracting(CalibrationMeasure::kind, CalibrationMeasure::itemId, CalibrationMeasure::reviewed,
                        CalibrationMeasure::agreed, CalibrationMeasure::disagreed)
                .containsExactly(
                        tuple(Kind.FLAG_PRECISION, "ESCALATION", 2, 2, 0),
                        tuple(Kind.FLAG_PRECISION, "LOW_SCORE", 4, 3, 1),
                        tuple(Kind.QUESTION_AGREEMENT, "greeting", 5, 4, 1),
                        tuple(Kind.CALIBRATION_MISS_RATE, "CALIBRATION_SAMPLE", 10, 9, 1));
        // Wilson 95 %: 3/4 -> 0.3006..0.9544; 2/2 -> 0.3424..1; 4/5 -> 0.3755..0.9638; 1/10 -> 0.0179..0.4042.
        assertRate(measures.get(0), 1.0, 0.3424, 1.0);
        assertRate(measures.get(1), 0.75, 0.3006, 0.9544);
        assertRate(measures.get(2), 0.8, 0.3755, 0.9638);
        assertRate(measures.get(3), 0.1, 0.0179, 0.4042);
    }

    @Test
    void leavesOutVerdictsOnAnswersThatNoLongerStand() {
        question("c1", "greeting", "MET", true);
        question("c2", "greeting", "NOT_MET", false);
        reason("c3", "LONG_SILENCE", false);

        List<CalibrationMeasure> measures = ReviewCalibration.measure(verdicts,
                verdict -> !verdict.callId().equals("c2") && !verdict.itemId().equals("LONG_SILENCE"));

        assertThat(measures).singleElement().satisfies(measure -> {
            assertThat(measure.kind()).isEqualTo(Kind.QUESTION_AGREEMENT);
            assertThat(measure.reviewed()).isEqualTo(1);
            assertRate(measure, 1.0, 0.2065, 1.0);
        });
        assertThat(ReviewCalibration.measure(List.of(), verdict -> true)).isEmpty();
    }

    private static void assertRate(CalibrationMeasure measure, double rate, double low, double high) {
        assertThat(measure.rate()).as("%s rate", measure.itemId()).isCloseTo(rate, within(1e-9));
        assertThat(measure.rateLow()).as("%s low", measure.itemId()).isCloseTo(low, within(5e-5));
        assertThat(measure.rateHigh()).as("%s high", measure.itemId()).isCloseTo(high, within(5e-5));
    }

    private void reason(String callId, String reason, boolean agrees) {
        verdicts.add(new ReviewVerdict(callId, ItemKind.REASON, reason, reason, agrees, null, "qa", Instant.EPOCH, "f:1"));
    }

    private void question(String callId, String criterion, String answer, boolean agrees) {
        verdicts.add(new ReviewVerdict(callId, ItemKind.QUESTION, criterion, answer, agrees, null, "qa", Instant.EPOCH, "f:1"));
    }
}
