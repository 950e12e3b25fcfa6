package io.callqa.cli;

import io.callqa.config.ConfigException;
import io.callqa.manifest.ManifestException;
import io.callqa.samples.SampleGenerationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code callqa} launcher: one subcommand per stage, plus sql, demo and samples. */
@Command(name = "callqa", mixinStandardHelpOptions = true, version = "callqa 0.1.0",
        description = "Speech analytics and quality assurance for call centers, on Apache Spark.",
        subcommands = {TranscribeCommand.class, AnalyzeCommand.class, ScoreCommand.class, ReportCommand.class, RunCommand.class, RulesCommand.class, SqlCommand.class, ReviewCommand.class, ExportCommand.class,
                MaintainCommand.class, DemoCommand.class,
                SamplesCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class CallqaCommand implements Runnable {
    /** Bad input detected before any work: the user must fix a file or an option. */
    static final int EXIT_BAD_INPUT = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] arguments) {
        System.exit(execute(arguments));
    }

    public static int execute(String... arguments) {
        return new CommandLine(new CallqaCommand())
                .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
                    if (exception instanceof ConfigException || exception instanceof ManifestException
                            || exception instanceof SampleGenerationException) {
                        commandLine.getErr().println(exception.getMessage());
                        return EXIT_BAD_INPUT;
                    }
                    throw exception;
                })
                .execute(arguments);
    }
}
