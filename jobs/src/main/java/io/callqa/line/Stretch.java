package io.callqa.line;

/** A stretch of a recording, in milliseconds from its start. */
public record Stretch(long startMillis, long endMillis) {
    public long lengthMillis() {
        return endMillis - startMillis;
    }

    public boolean contains(long millis) {
        return startMillis <= millis && millis < endMillis;
    }
}
