package io.callqa.bench;

/**
 * What a stage reports of its own work, beyond the time and memory the benchmark measures around it.
 *
 * @param calls calls the stage processed (not skipped, not rejected)
 * @param utterancesAnalyzed utterances CoreNLP analyzed (0 for stages without text analysis)
 * @param textModelLoadingMillis CPU time executors spent loading CoreNLP
 * @param textAnalysisMillis CPU time executors spent in sentiment and redaction, summed over cores
 */
public record StageWork(long calls, long utterancesAnalyzed, long textModelLoadingMillis, long textAnalysisMillis) {
    public static StageWork calls(long calls) {
        return new StageWork(calls, 0, 0, 0);
    }
}
