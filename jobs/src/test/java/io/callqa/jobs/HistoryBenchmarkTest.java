package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.config.CallqaConfig;
import io.callqa.rules.RulePack;
import io.callqa.score.Scorecard;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedSpark;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch on top of a history is analyzed and scored alone: the history's calls are not worked on again. */
class HistoryBenchmarkTest {
    @TempDir
    Path folder;

    @Test
    void aBatchOnAHistoryAnalyzesAndScoresOnlyItsOwnCalls() {
        CallqaConfig config = CallqaTestHome.config();
        RulePack rules = RulePack.load(Path.of(config.analysis().rulePackPath()));
        HistoryBenchmark benchmark = new HistoryBenchmark(SharedSpark.get(), rules,
                Scorecard.load(Path.of(config.scoring().scorecardPath()), rules), config.scoring());

        HistoryBenchmark.Measurement measured = benchmark.measure(folder.resolve("out").toString(), 300);

        assertThat(measured.historyCalls()).isEqualTo(300);
        assertThat(measured.analyzedCalls()).isEqualTo(HistoryBenchmark.BATCH);
        assertThat(measured.scoredCalls()).isEqualTo(HistoryBenchmark.BATCH);
    }
}
