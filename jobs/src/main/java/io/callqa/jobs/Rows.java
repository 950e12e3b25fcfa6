package io.callqa.jobs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Small helpers for the rows the stage jobs build and read. */
final class Rows {
    private Rows() {}

    /** Spark's row encoder takes Scala sequences for array columns. */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    /** How many outcome rows have each value of their {@code status} column. */
    static Map<String, Long> countByStatus(Dataset<Row> outcomes) {
        Map<String, Long> counts = new HashMap<>();
        outcomes.groupBy("status").count().collectAsList().forEach(row -> counts.put(row.getString(0), row.getLong(1)));
        return counts;
    }
}
