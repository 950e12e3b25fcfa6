package io.callqa.rules;

import java.util.Locale;

/** Who said a turn, as rules see it: a rule's {@code speaker} scope is one of these or {@code any}. */
public enum Speaker {
    AGENT,
    CUSTOMER,
    UNKNOWN;

    /** From the lower-case role written in the transcripts table. */
    public static Speaker fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
