package io.callqa.score;

import java.io.Serializable;

/**
 * Where in the call a reviewer should listen, and what was said there (redacted). Every part may be null: a missing
 * phrase has no place in the call.
 */
public record Evidence(Long startMillis, Long endMillis, String text) implements Serializable {
    public static final Evidence NONE = new Evidence(null, null, null);

    /** Something to listen to or read: a place in the recording, or words. */
    public boolean isPresent() {
        return startMillis != null || (text != null && !text.isBlank());
    }
}
