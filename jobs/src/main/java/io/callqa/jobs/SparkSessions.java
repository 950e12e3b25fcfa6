package io.callqa.jobs;

import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession every stage runs in. */
public final class SparkSessions {
    private SparkSessions() {}

    public static SparkSession create(String master) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("callqa")
                // Readers other than Spark (notebooks, pandas, DuckDB) refuse Spark's legacy INT96 timestamps.
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.debug.maxToStringFields", "200")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.adaptive.enabled", "true")
                // The tables are Iceberg tables: MERGE INTO, time travel, snapshot tags and maintenance procedures.
                .config("spark.sql.extensions", "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions");
        if (master != null) {
            builder.master(master);
            if (master.startsWith("local")) {
                // Local runs stay on loopback: no firewall prompts, no dependence on the host name resolving.
                builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
