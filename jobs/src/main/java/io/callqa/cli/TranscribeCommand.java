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
        Environment opened = environment.open();
        Batch.transcribe(opened, stage, Batch.rulePack(opened.config(), null), System.out);
        return 0;
    }
}
