package io.callqa.score;

import java.util.Locale;

/** Whose sentiment a criterion looks at. */
public enum SentimentParty {
    AGENT,
    CUSTOMER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
