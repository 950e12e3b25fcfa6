package io.callqa.transcribe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A stretch of time in a call, in milliseconds, start inclusive, end exclusive. */
public record Interval(long start, long end) {
    public Interval {
        if (end < start) {
            throw new IllegalArgumentException("Cannot make an interval: end " + end + " is before start " + start);
        }
    }

    public long length() {
        return end - start;
    }

    /**
     * Merges intervals that overlap or lie at most {@code maximumGap} apart; the pauses between the words of a
     * sentence are talk, not silence.
     */
    public static List<Interval> merge(List<Interval> intervals, long maximumGap) {
        List<Interval> sorted = intervals.stream().sorted(Comparator.comparingLong(Interval::start)).toList();
        List<Interval> merged = new ArrayList<>();
        for (Interval interval : sorted) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval.start() - last.end() <= maximumGap) {
                merged.set(merged.size() - 1, new Interval(last.start(), Math.max(last.end(), interval.end())));
            } else {
                merged.add(interval);
            }
        }
        return merged;
    }

    public static long totalLength(List<Interval> intervals) {
        return intervals.stream().mapToLong(Interval::length).sum();
    }

    /** What is left of this interval outside {@code others} (sorted, not overlapping), in order. */
    public List<Interval> subtract(List<Interval> others) {
        List<Interval> left = new ArrayList<>();
        long cursor = start;
        for (Interval other : others) {
            if (other.end() <= cursor || other.start() >= end) {
                continue;
            }
            if (other.start() > cursor) {
                left.add(new Interval(cursor, other.start()));
            }
            cursor = Math.max(cursor, other.end());
        }
        if (cursor < end) {
            left.add(new Interval(cursor, end));
        }
        return left;
    }
}
