package io.callqa.transcribe;

import java.util.Locale;

/**
 * Who speaks: from the channel of a stereo recording, or from the voice in a mono one ({@code UNKNOWN} when its voices
 * were not separated).
 */
public enum Role {
    AGENT,
    CUSTOMER,
    UNKNOWN;

    /** The lower-case name written to tables. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
