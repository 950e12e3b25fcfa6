package io.callqa.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every stage on a batch of calls: transcribe, analyze, score, then write the HTML report.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    EnvironmentOptions environment;

    @Mixin
    StageOptions stage;

    @Override
    public Integer call() {
        Batch.run(environment.open(), stage, System.out);
        return 0;
    }
}
