package io.callqa.jobs;

import io.callqa.rejects.Reject;
import io.callqa.tables.Tables;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;

/** A {@link Reject} as a row of the {@code rejects} table: every stage's rejects are written through here. */
final class RejectRows {
    private RejectRows() {}

    static Row of(Reject reject, Timestamp rejectedAt) {
        return Tables.REJECTS.row()
                .set("call_id", reject.callId())
                .set("source", reject.source())
                .set("reason", reject.reason().name())
                .set("message", reject.message())
                .set("input_reference", reject.inputReference())
                .set("warning", reject.warning())
                .set("rejected_at", rejectedAt)
                .set("stage", reject.stage())
                .build();
    }
}
