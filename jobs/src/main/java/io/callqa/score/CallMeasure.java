package io.callqa.score;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The call metrics a scorecard criterion can be answered from, in the units a QA lead thinks in (seconds, percent of
 * the call, words per minute). A measure is empty when the call cannot tell it, such as overtalk in a mono
 * recording; the criterion is then not applicable.
 */
public enum CallMeasure {
    DURATION_SECONDS(call -> seconds(call.durationMillis())),
    LONGEST_SILENCE_SECONDS(call -> seconds(call.longestSilenceMillis())),
    SILENCE_PERCENT(call -> percentOfCall(call, call.nonTalkMillis())),
    OVERTALK_PERCENT(call -> call.overtalkMillis() == null ? null : percentOfCall(call, call.overtalkMillis())),
    OVERTALK_COUNT(call -> call.overtalkCount() == null ? null : (double) call.overtalkCount()),
    AGENT_INTERRUPTIONS(call -> call.agentInterruptions() == null ? null : (double) call.agentInterruptions()),
    CUSTOMER_INTERRUPTIONS(call -> call.customerInterruptions() == null ? null : (double) call.customerInterruptions()),
    AGENT_WORDS_PER_MINUTE(CallFacts::agentWordsPerMinute),
    CUSTOMER_WORDS_PER_MINUTE(CallFacts::customerWordsPerMinute);

    private final Function<CallFacts, Double> extractor;

    CallMeasure(Function<CallFacts, Double> extractor) {
        this.extractor = extractor;
    }

    /** The name used in scorecard files, such as {@code longest_silence_seconds}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Optional<Double> of(CallFacts call) {
        return Optional.ofNullable(extractor.apply(call));
    }

    public static Optional<CallMeasure> fromLabel(String label) {
        return Arrays.stream(values()).filter(measure -> measure.label().equals(label)).findFirst();
    }

    private static Double seconds(long millis) {
        return millis / 1000.0;
    }

    private static Double percentOfCall(CallFacts call, long millis) {
        return call.durationMillis() <= 0 ? null : 100.0 * millis / call.durationMillis();
    }
}
