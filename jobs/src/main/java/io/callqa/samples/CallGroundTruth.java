package io.callqa.samples;

import java.util.List;

/** What a synthesized call holds, exactly: the script's turns in time and the metrics that follow from them. */
public record CallGroundTruth(CallScript script, List<TimedTurn> turns, ExpectedMetrics metrics) {
    public CallGroundTruth {
        turns = List.copyOf(turns);
    }

    public String callId() {
        return script.callId();
    }

    public long durationMillis() {
        return metrics.durationMillis();
    }
}
