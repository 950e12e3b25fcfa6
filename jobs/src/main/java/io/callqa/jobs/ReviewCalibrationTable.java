package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;

import io.callqa.review.CalibrationMeasure;
import io.callqa.review.ReviewCalibration;
import io.callqa.review.ReviewVerdict;
import io.callqa.score.Scorecard;
import io.callqa.tables.Tables;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code review_calibration}: reviewers' verdicts against the answers the score run just gave. A verdict counts only
 * while its answer stands — the call still carries the reason, the question still has the answer the reviewer saw —
 * so re-scoring with a new scorecard measures the new answers, not the old ones.
 */
final class ReviewCalibrationTable {
    private ReviewCalibrationTable() {}

    static List<CalibrationMeasure> measure(Dataset<Row> verdicts, Dataset<Row> flagged, Dataset<Row> scorecards) {
        List<ReviewVerdict> reviewed = verdicts.collectAsList().stream().map(ReviewCalibrationTable::verdict).toList();
        if (reviewed.isEmpty()) {
            return List.of();
        }
        Object[] callIds = reviewed.stream().map(ReviewVerdict::callId).distinct().toArray();
        Set<String> current = new HashSet<>();
        flagged.where(col("call_id").isin(callIds)).selectExpr("call_id", "explode(reason_codes) AS reason")
                .collectAsList().forEach(row -> current.add(currentKey(row.getString(0),
                        ReviewVerdict.ItemKind.REASON, row.getString(1), row.getString(1))));
        scorecards.where(col("call_id").isin(callIds)).selectExpr("call_id", "inline(criteria)")
                .select("call_id", "criterion_id", "answer")
                .collectAsList().forEach(row -> current.add(currentKey(row.getString(0),
                        ReviewVerdict.ItemKind.QUESTION, row.getString(1), row.getString(2))));
        return ReviewCalibration.measure(reviewed, verdict -> current.contains(currentKey(verdict.callId(),
                verdict.itemKind(), verdict.itemId(), verdict.automaticAnswer())));
    }

    static Dataset<Row> rows(SparkSession spark, List<CalibrationMeasure> measures, Scorecard scorecard) {
        return spark.createDataFrame(measures.stream().map(measure -> Tables.REVIEW_CALIBRATION.row()
                .set("measure", measure.kind().name())
                .set("item_id", measure.itemId())
                .set("reviewed", measure.reviewed())
                .set("agreed", measure.agreed())
                .set("disagreed", measure.disagreed())
                .set("rate", measure.rate())
                .set("rate_low", measure.rateLow())
                .set("rate_high", measure.rateHigh())
                .set("scorecard_id", scorecard.id())
                .set("scorecard_version", scorecard.version())
                .build()).toList(), Tables.REVIEW_CALIBRATION.schema());
    }

    private static String currentKey(String callId, ReviewVerdict.ItemKind kind, String item, String answer) {
        return String.join("\u0000", callId, kind.name(), item, answer == null ? "" : answer);
    }

    private static ReviewVerdict verdict(Row row) {
        return new ReviewVerdict(row.getAs("call_id"),
                ReviewVerdict.ItemKind.valueOf(row.<String>getAs("item_kind").toUpperCase(Locale.ROOT)),
                row.getAs("item_id"), row.getAs("automatic_answer"), row.<Boolean>getAs("agrees"), row.getAs("note"),
                row.getAs("reviewer"), row.<Timestamp>getAs("reviewed_at").toInstant(), row.getAs("source"));
    }
}
