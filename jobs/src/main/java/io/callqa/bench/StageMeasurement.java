package io.callqa.bench;

/**
 * One stage run in one Spark configuration.
 *
 * @param cores the cores Spark ran tasks on
 * @param cpuMillis CPU time of the whole process while the stage ran (every thread: tasks, JIT, garbage collector)
 * @param peakResidentBytes the process's peak resident memory while the stage ran; -1 where unknown
 */
public record StageMeasurement(String stage, String master, int cores, long wallMillis, long cpuMillis,
        StageWork work, long peakResidentBytes) {}
