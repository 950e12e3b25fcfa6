package io.callqa.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns what the finders found into the spans to redact, and redacts them. */
final class PiiSpans {
    private PiiSpans() {}

    /**
     * Sorted, non-overlapping spans. Overlapping spans become one covering both, of the type of the longest: the
     * words of "john dot smith at example dot com" are a name to the named-entity model and an address as a whole.
     * Spans of one type separated only by spaces or punctuation become one, so "maria gonzalez" is one [NAME].
     */
    static List<PiiSpan> resolve(String text, List<PiiSpan> found) {
        List<PiiSpan> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(PiiSpan::start).thenComparing(span -> -(span.end() - span.start())));
        List<PiiSpan> resolved = new ArrayList<>();
        PiiSpan current = null;
        int currentLongest = 0;
        for (PiiSpan span : sorted) {
            int length = span.end() - span.start();
            if (current == null) {
                current = span;
                currentLongest = length;
            } else if (span.start() < current.end()) {
                PiiType type = length > currentLongest ? span.type() : current.type();
                current = new PiiSpan(type, current.start(), Math.max(current.end(), span.end()));
                currentLongest = Math.max(currentLongest, length);
            } else if (span.type() == current.type() && onlySeparators(text, current.end(), span.start())) {
                current = new PiiSpan(current.type(), current.start(), span.end());
                currentLongest = Math.max(currentLongest, current.end() - current.start());
            } else {
                resolved.add(current);
                current = span;
                currentLongest = length;
            }
        }
        if (current != null) {
            resolved.add(current);
        }
        return List.copyOf(resolved);
    }

    /** The text with each span replaced by its type's placeholder; {@code spans} as {@link #resolve} returns them. */
    static String redact(String text, List<PiiSpan> spans) {
        StringBuilder redacted = new StringBuilder(text.length());
        int copied = 0;
        for (PiiSpan span : spans) {
            redacted.append(text, copied, span.start()).append(span.type().placeholder());
            copied = span.end();
        }
        return redacted.append(text, copied, text.length()).toString();
    }

    private static boolean onlySeparators(String text, int from, int to) {
        for (int index = from; index < to; index++) {
            if (Character.isLetterOrDigit(text.charAt(index))) {
                return false;
            }
        }
        return true;
    }
}
