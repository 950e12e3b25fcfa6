package io.callqa.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "transcribe", mixinStandardHelpOptions = true,
        description = "Transcribe recorded calls with Vosk: writes transcripts, call_metrics and rejects.")
final class TranscribeCommand implements Callable<Integer> {
    @Mixin
    EnvironmentOptions environment;

    @Mixin
    StageOptions stage;

    @Override
    public Integer call() {
        Batch.transcribe(environment, stage, System.out);
        return 0;
    }
}
