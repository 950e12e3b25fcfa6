package io.callqa.jobs;

import java.util.List;

/** Conversions Spark's row encoder needs. */
final class Rows {
    private Rows() {}

    /** Spark's row encoder takes Scala sequences for array columns. */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }
}
