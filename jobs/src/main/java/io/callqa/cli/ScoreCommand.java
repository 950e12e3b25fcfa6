package io.callqa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score analyzed calls on the QA scorecard and join them with the agent roster: call scorecards, "
                + "the review queue (flagged_calls), compliance audit, agent scorecards, coaching targets, trends and "
                + "call drivers. Scores the calls analyzed since they were last scored and rebuilds the weeks they "
                + "touch; a new scorecard or roster re-scores every call.")
final class ScoreCommand implements Callable<Integer> {
    @Mixin
    EnvironmentOptions environment;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output root holding the analyzed calls.")
    String out;

    @Option(names = "--agents", required = true, paramLabel = "FILE",
            description = "Agent roster (.csv or .parquet): agent_id, agent_name, team, supervisor_id, hire_date.")
    Path agents;

    @Option(names = "--scorecard", paramLabel = "FILE",
            description = "Scorecard (default: scoring.scorecard in the settings).")
    Path scorecard;

    @Override
    public Integer call() {
        Environment opened = environment.open();
        Batch.score(opened, Batch.inputs(opened, agents, scorecard), out, System.out);
        return 0;
    }
}
