package io.callqa.nlp;

/** Kinds of personal data redacted from analyst-facing text; the placeholder is what replaces them. */
public enum PiiType {
    CARD("[CARD]"),
    SSN("[SSN]"),
    PHONE("[PHONE]"),
    EMAIL("[EMAIL]"),
    DATE_OF_BIRTH("[DOB]"),
    NAME("[NAME]");

    private final String placeholder;

    PiiType(String placeholder) {
        this.placeholder = placeholder;
    }

    public String placeholder() {
        return placeholder;
    }
}
