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

    /** As rule packs and the {@code rule_results} table write it: required, prohibited or category. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RuleKind fromLabel(String label) {
        for (RuleKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Cannot read rule kind '" + label + "': expected required, prohibited or "
                + "category");
    }
}
