package io.callqa.samples;

import java.util.Locale;

/** The two sides of a scripted call. */
public enum Party {
    AGENT,
    CUSTOMER;

    /** The lower-case name written to the ground truth, matching the pipeline's roles. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
