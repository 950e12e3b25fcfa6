package io.callqa.rules;

import java.util.Locale;

/** Whose words a rule looks at. */
public enum SpeakerScope {
    AGENT,
    CUSTOMER,
    ANY;

    public boolean includes(Speaker speaker) {
        return switch (this) {
            case AGENT -> speaker == Speaker.AGENT;
            case CUSTOMER -> speaker == Speaker.CUSTOMER;
            case ANY -> true;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
