package io.callqa.cli;

import io.callqa.config.CallqaConfig;
import io.callqa.jobs.SparkSessions;
import io.callqa.tables.TableCatalog;
import org.apache.spark.sql.SparkSession;

/**
 * What every stage of one command shares: the settings, read once, and the Spark session, started when first needed
 * (a command that finds a mistake in its inputs stops before Spark starts).
 */
final class Environment {
    private final CallqaConfig config;
    private final String master;
    private SparkSession spark;

    /** @param master the --master option, or null */
    Environment(CallqaConfig config, String master) {
        this.config = config;
        this.master = master;
    }

    CallqaConfig config() {
        return config;
    }

    /** Under spark-submit the master is already set; otherwise the option, then the settings file, decide. */
    SparkSession spark() {
        if (spark == null) {
            boolean submitted = System.getProperty("spark.master") != null;
            spark = SparkSessions.create(submitted ? null : master != null ? master : config.sparkMaster());
            TableCatalog.configure(spark, config.tables().catalog(), config.tables().namespace(),
                    config.tables().catalogProperties());
        }
        return spark;
    }
}
