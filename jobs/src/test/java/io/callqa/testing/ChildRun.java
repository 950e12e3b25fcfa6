package io.callqa.testing;

import io.callqa.cli.CallqaCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code callqa run} in a JVM of its own, started as the launcher starts it, its output in a log file. */
public final class ChildRun {
    private ChildRun() {}

    public static Process start(Path batch, Path roster, String out, Path log) throws IOException {
        Path home = CallqaTestHome.home();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "@" + home.resolve("conf/jvm.options"),
                "-Dlog4j2.configurationFile=" + home.resolve("conf/log4j2.properties"),
                "-Dcallqa.home=" + home,
                "-cp", System.getProperty("java.class.path"),
                CallqaCommand.class.getName(), "run", "--master", "local[1]",
                "--calls", batch.toString(), "--agents", roster.toString(), "--out", out);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
