package io.callqa.rules;

import java.util.Locale;

/** How much a failed rule costs a call on a scorecard; {@code auto_fail} fails the whole evaluation. */
public enum Severity {
    AUTO_FAIL,
    MAJOR,
    MINOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
