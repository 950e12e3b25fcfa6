package io.callqa.jobs;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/** Small helpers for the rows the stage jobs build and read. */
final class Rows {
    private Rows() {}

    /** Spark's row encoder takes Scala sequences for array columns. */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    /**
     * A partition's output, one row per input row, made only as Spark asks for it: an executor function returns this
     * rather than a list, so that a partition of the whole history is never held in memory at once.
     */
    static Iterator<Row> mapLazily(Iterator<Row> input, Function<Row, Row> function) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                return function.apply(input.next());
            }
        };
    }
}
