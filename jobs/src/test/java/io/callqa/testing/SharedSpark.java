package io.callqa.testing;

import io.callqa.jobs.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** One local SparkSession for the whole test JVM: starting Spark costs seconds, so tests share it. */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {}

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSessions.create("local[2]");
        }
        return session;
    }
}
