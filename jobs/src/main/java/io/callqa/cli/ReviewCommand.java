package io.callqa.cli;

import io.callqa.jobs.ReviewImportJob;
import io.callqa.review.ReviewVerdict;
import io.callqa.review.VerdictCsvReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = "QA reviewers' verdicts on the automatic answers of the review queue.",
        subcommands = ReviewCommand.Import.class)
final class ReviewCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Load the verdicts file the review queue page exports into the review_verdicts table; the "
                    + "next score run measures the flags' precision, each question's agreement and the calibration "
                    + "sample's miss rate from them. A file with a bad row is refused whole, naming each bad line.")
    static final class Import implements Callable<Integer> {
        @Mixin
        EnvironmentOptions environment;

        @Parameters(paramLabel = "FILE", description = "The exported verdicts (.csv).")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output root holding the tables.")
        String out;

        @Override
        public Integer call() {
            // Read and checked before Spark starts: a bad file fails in a second.
            List<ReviewVerdict> verdicts = VerdictCsvReader.read(file.toAbsolutePath());
            new ReviewImportJob(environment.open().spark(), System.out).run(verdicts, out, file.toString());
            return 0;
        }
    }
}
