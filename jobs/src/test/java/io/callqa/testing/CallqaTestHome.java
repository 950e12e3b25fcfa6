package io.callqa.testing;

import io.callqa.config.CallqaConfig;
import java.nio.file.Path;

/** Paths of the checkout the tests run in, and the settings they run with. */
public final class CallqaTestHome {
    private CallqaTestHome() {}

    public static Path home() {
        return Path.of(System.getProperty("callqa.home", "..")).toAbsolutePath().normalize();
    }

    public static Path testResource(String relative) {
        return home().resolve("jobs/src/test/resources").resolve(relative);
    }

    public static CallqaConfig config() {
        return CallqaConfig.load(home().resolve("conf/callqa.yaml"), home());
    }
}
