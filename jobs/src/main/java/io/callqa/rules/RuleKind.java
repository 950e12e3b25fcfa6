package io.callqa.rules;

import java.util.Locale;

/** What a rule asks of a call: words that must be said, words that must not be said, or a label for the call. */
public enum RuleKind {
    /** PASS when the words are said (by the right speaker, in the window, in order), else FAIL. */
    REQUIRED,
    /** FAIL when the words are said, else PASS. */
    PROHIBITED,
    /** HIT when the words are said, else MISS: a label such as "the customer asked for a supervisor". */
    CATEGORY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
