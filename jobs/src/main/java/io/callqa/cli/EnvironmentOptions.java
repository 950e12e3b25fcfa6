package io.callqa.cli;

import io.callqa.config.CallqaConfig;
import io.callqa.jobs.SparkSessions;
import io.callqa.tables.TableCatalog;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** Options every command shares: the config file and the Spark master. */
final class EnvironmentOptions {
    @Option(names = "--conf", paramLabel = "FILE",
            description = "Settings file (default: conf/callqa.yaml in the callqa folder).")
    Path configFile;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] or spark://host:7077 (default: spark.master in the settings; "
                    + "ignored under spark-submit, which sets its own).")
    String master;

    CallqaConfig config() {
        Path home = CallqaHome.get();
        return CallqaConfig.load(configFile != null ? configFile : home.resolve("conf/callqa.yaml"), home);
    }

    /** Under spark-submit the master is already set; otherwise the option, then the settings file, decide. */
    SparkSession spark(CallqaConfig config) {
        boolean submitted = System.getProperty("spark.master") != null;
        SparkSession spark = SparkSessions.create(submitted ? null : master != null ? master : config.sparkMaster());
        TableCatalog.configure(spark, config.tables().catalog(), config.tables().namespace(),
                config.tables().catalogProperties());
        return spark;
    }
}
