package io.callqa.cli;

import io.callqa.config.CallqaConfig;
import java.nio.file.Path;
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

    /** Reads the settings file; the command passes what it returns to every stage it runs. */
    Environment open() {
        Path home = CallqaHome.get();
        return new Environment(CallqaConfig.load(configFile != null ? configFile : home.resolve("conf/callqa.yaml"), home),
                master);
    }
}
