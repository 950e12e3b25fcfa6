package io.callqa.review;

/** A stretch of a recording, milliseconds from its start: {@code startMs} inclusive to {@code endMs} exclusive. */
public record TimeSpan(long startMs, long endMs) {
    public TimeSpan {
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("Cannot make a time span from " + startMs + " to " + endMs + " ms");
        }
    }
}
