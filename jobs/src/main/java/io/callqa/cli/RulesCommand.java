package io.callqa.cli;

import io.callqa.rules.RulePack;
import io.callqa.rules.RuleTestReport;
import io.callqa.rules.RuleTester;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with rule packs.",
        subcommands = RulesCommand.Test.class)
final class RulesCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Check every rule's examples: utterances that must match and must not. Exit code 1 names "
                    + "each rule and example that failed.")
    static final class Test implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The rule pack, e.g. conf/rules/default.yaml.")
        Path file;

        @Override
        public Integer call() {
            RuleTestReport report = RuleTester.test(RulePack.load(file));
            System.out.println(report.message());
            return report.passed() ? 0 : 1;
        }
    }
}
