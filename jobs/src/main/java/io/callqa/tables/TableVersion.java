package io.callqa.tables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Which version of the tables to read: the current one, the one at a moment, the one a run tagged (its run id), or
 * the one current when a snapshot was committed. Snapshot ids belong to one table; the other tables are read as they
 * were at that snapshot's commit time, so the result is the whole root at that moment.
 */
public sealed interface TableVersion {
    TableVersion CURRENT = new Current();

    /**
     * Parses {@code --as-of}: an ISO-8601 instant ({@code 2026-12-01T09:00:00Z}) or date (its start, UTC), a
     * snapshot id (digits), or else a tag (a run id).
     */
    static TableVersion parse(String asOf) {
        if (asOf.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return new AtTime(LocalDate.parse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (asOf.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            try {
                return new AtTime(Instant.parse(asOf));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Cannot read the tables as of " + asOf
                        + ": not an ISO-8601 instant such as 2026-12-01T09:00:00Z", e);
            }
        }
        if (asOf.matches("\\d+")) {
            return new AtSnapshot(Long.parseLong(asOf));
        }
        return new AtTag(asOf);
    }

    /** The table's rows at this version; empty when the table had no such version. */
    Optional<Dataset<Row>> read(SparkSession spark, TableStore store, String table);

    record Current() implements TableVersion {
        @Override
        public Optional<Dataset<Row>> read(SparkSession spark, TableStore store, String table) {
            return Optional.of(spark.table(store.qualified(table)));
        }
    }

    record AtTime(Instant instant) implements TableVersion {
        @Override
        public Optional<Dataset<Row>> read(SparkSession spark, TableStore store, String table) {
            Table iceberg = store.icebergTable(table);
            boolean existed = false;
            for (Snapshot snapshot : iceberg.snapshots()) {
                existed |= snapshot.timestampMillis() <= instant.toEpochMilli();
            }
            if (!existed) {
                return Optional.empty();
            }
            // Spark's own time travel; the literal is read in the session's time zone, which callqa sets to UTC.
            String utc = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                    .withZone(java.time.ZoneOffset.UTC).format(instant);
            return Optional.of(spark.sql("SELECT * FROM " + store.qualified(table) + " TIMESTAMP AS OF '" + utc + "'"));
        }
    }

    record AtTag(String tag) implements TableVersion {
        @Override
        public Optional<Dataset<Row>> read(SparkSession spark, TableStore store, String table) {
            if (!store.icebergTable(table).refs().containsKey(tag)) {
                return Optional.empty();
            }
            return Optional.of(spark.read().option("versionAsOf", tag).table(store.qualified(table)));
        }
    }

    record AtSnapshot(long snapshotId) implements TableVersion {
        @Override
        public Optional<Dataset<Row>> read(SparkSession spark, TableStore store, String table) {
            for (String each : store.tableNames()) {
                Snapshot snapshot = store.icebergTable(each).snapshot(snapshotId);
                if (snapshot != null) {
                    return new AtTime(Instant.ofEpochMilli(snapshot.timestampMillis())).read(spark, store, table);
                }
            }
            throw new IllegalArgumentException("Cannot read the tables as of snapshot " + snapshotId
                    + ": no table of " + store.root() + " has it (expired, or from another output root?)");
        }
    }
}
