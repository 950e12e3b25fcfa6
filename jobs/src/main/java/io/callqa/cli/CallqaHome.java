package io.callqa.cli;

import java.nio.file.Path;

/** The callqa folder: the one holding {@code conf/}, {@code models/} and {@code samples/}. */
final class CallqaHome {
    private CallqaHome() {}

    static Path get() {
        String configured = System.getProperty("callqa.home", System.getenv("CALLQA_HOME"));
        return Path.of(configured == null ? "." : configured).toAbsolutePath().normalize();
    }
}
