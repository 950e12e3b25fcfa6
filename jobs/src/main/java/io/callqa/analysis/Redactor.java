package io.callqa.analysis;

import io.callqa.nlp.RedactedText;

/** Replaces the personal data in a text with placeholders. */
@FunctionalInterface
public interface Redactor {
    RedactedText redact(String text);
}
