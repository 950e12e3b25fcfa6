package io.callqa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyze transcribed calls: redaction, sentiment, compliance rules and categories. Calls whose "
                + "transcript or rule pack changed since their last analysis are (re-)analyzed; with a new rule pack "
                + "this re-scores the whole history without transcribing again.")
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    EnvironmentOptions environment;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output root holding the transcripts.")
    String out;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rule pack (default: analysis.rules in the settings).")
    Path rules;

    @Option(names = "--reprocess", description = "Analyze every call again, even when nothing changed.")
    boolean reprocess;

    @Override
    public Integer call() {
        Environment opened = environment.open();
        Batch.analyze(opened, Batch.rulePack(opened.config(), rules), out, reprocess, System.out);
        return 0;
    }
}
