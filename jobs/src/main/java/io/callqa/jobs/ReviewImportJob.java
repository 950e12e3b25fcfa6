package io.callqa.jobs;

import io.callqa.review.ReviewVerdict;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Loads reviewers' verdicts into {@code review_verdicts}: a verdict on a call's reason or question replaces any earlier
 * one on the same item, every other verdict is kept, so importing a file twice changes nothing.
 */
public final class ReviewImportJob {
    private static final String[] KEY = {"call_id", "item_kind", "item_id"};

    private final SparkSession spark;
    private final PrintStream console;

    public ReviewImportJob(SparkSession spark, PrintStream console) {
        this.spark = spark;
        this.console = console;
    }

    /** @return the verdicts the table holds afterwards */
    public long run(List<ReviewVerdict> verdicts, String outputRoot, String file) {
        TableStore store = new TableStore(spark, outputRoot);
        Timestamp importedAt = Timestamp.from(Instant.now());
        Dataset<Row> imported = spark.createDataFrame(verdicts.stream().map(verdict -> Tables.REVIEW_VERDICTS.row()
                .set("call_id", verdict.callId())
                .set("item_kind", verdict.itemKind().label())
                .set("item_id", verdict.itemId())
                .set("automatic_answer", verdict.automaticAnswer())
                .set("agrees", verdict.agrees())
                .set("note", verdict.note())
                .set("reviewer", verdict.reviewer())
                .set("reviewed_at", Timestamp.from(verdict.reviewedAt()))
                .set("source", verdict.source())
                .set("imported_at", importedAt)
                .build()).toList(), Tables.REVIEW_VERDICTS.schema());
        Dataset<Row> existing = store.read(Tables.REVIEW_VERDICTS.name(), Tables.REVIEW_VERDICTS.schema());
        Dataset<Row> kept = existing.join(imported.select(KEY[0], KEY[1], KEY[2]), Rows.seq(List.of(KEY)), "left_anti");
        long replaced = existing.count() - kept.count();
        store.write(Tables.REVIEW_VERDICTS, kept.unionByName(imported));
        long total = store.read(Tables.REVIEW_VERDICTS.name(), Tables.REVIEW_VERDICTS.schema()).count();
        console.printf("review import: %d verdicts from %s (%d replaced earlier ones); review_verdicts holds %d%n",
                verdicts.size(), file, replaced, total);
        return total;
    }
}
