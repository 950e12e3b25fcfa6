package io.callqa.jobs;

import io.callqa.score.Evidence;
import io.callqa.tables.RowBuilder;
import org.apache.spark.sql.Row;

/**
 * The {@code evidence_start_ms}, {@code evidence_end_ms} and {@code evidence_text} columns that scorecard answers,
 * review reasons and coaching examples share: where to listen, and what was said there.
 */
final class EvidenceColumns {
    private EvidenceColumns() {}

    static RowBuilder set(RowBuilder row, Evidence evidence) {
        return row.set("evidence_start_ms", evidence.startMillis())
                .set("evidence_end_ms", evidence.endMillis())
                .set("evidence_text", evidence.text());
    }

    static Evidence of(Row row) {
        return new Evidence(row.getAs("evidence_start_ms"), row.getAs("evidence_end_ms"), row.getAs("evidence_text"));
    }
}
