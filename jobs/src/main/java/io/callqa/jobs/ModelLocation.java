package io.callqa.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;

/**
 * Finds the model folder on an executor. On one machine (local mode, or a cluster with a shared file system) the
 * configured path is used as it is. A cluster without one ships the model the Spark way, with
 * {@code --archives vosk-model.zip#<folder name>}: Spark unpacks it into each executor's working folder. The zips
 * Vosk publishes hold the model in a folder of the same name, so that folder is looked into as well.
 */
final class ModelLocation {
    private ModelLocation() {}

    static Path resolve(String configured) {
        Path path = Path.of(configured);
        if (Files.isDirectory(path)) {
            return path;
        }
        Path name = path.getFileName();
        for (Path candidate : new Path[] {Path.of(name.toString()), Path.of(SparkFiles.getRootDirectory(), name.toString())}) {
            if (Files.isDirectory(candidate.resolve(name))) {
                return candidate.resolve(name);
            }
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot find the Vosk model: " + configured + " is not a folder on this "
                + "executor; use a shared path or ship it with --archives model.zip#" + name);
    }
}
