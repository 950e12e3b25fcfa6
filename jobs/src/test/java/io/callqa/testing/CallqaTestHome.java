package io.callqa.testing;

import io.callqa.config.CallqaConfig;
import io.callqa.rules.RulePack;
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

    /** The rule pack the settings name: the one a transcribe stage tells mono recordings' agent by. */
    public static RulePack rulePack() {
        return RulePack.load(Path.of(config().analysis().rulePackPath()));
    }

    public static CallqaConfig config() {
        return CallqaConfig.load(home().resolve("conf/callqa.yaml"), home());
    }
}
