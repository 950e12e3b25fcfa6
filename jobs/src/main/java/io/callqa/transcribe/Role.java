package io.callqa.transcribe;

import java.util.Locale;

/** Who speaks on a channel. Mono recordings are {@code UNKNOWN} until speaker separation exists. */
public enum Role {
    AGENT,
    CUSTOMER,
    UNKNOWN;

    /** The lower-case name written to tables. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
