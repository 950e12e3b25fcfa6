package io.callqa.cli;

import io.callqa.jobs.ReportJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the HTML report from the scoring tables: the QA review queue, compliance, and trainers' "
                + "trends, call drivers and coaching targets. The pages are self-contained (open them from disk) and "
                + "show only redacted text.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    EnvironmentOptions environment;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output root holding the tables.")
    String out;

    @Option(names = "--report-dir", paramLabel = "DIR", description = "Where to write the pages (default: DIR/report).")
    String reportDirectory;

    @Option(names = "--max-queue", paramLabel = "N", defaultValue = "500",
            description = "Most calls listed in the review queue, the most urgent first (default: ${DEFAULT-VALUE}).")
    int maximumQueuedCalls;

    @Override
    public Integer call() {
        Environment opened = environment.open();
        new ReportJob(opened.spark(), System.out)
                .reportLocation(reportDirectory)
                .recordings(opened.config().report(), opened.config().s3())
                .maximumQueuedCalls(maximumQueuedCalls)
                .run(out);
        return 0;
    }
}
