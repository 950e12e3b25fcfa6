package io.callqa.nlp;

import java.util.List;

/** A text with its personal data replaced by placeholders, and what was found where in the original. */
public record RedactedText(String text, List<PiiSpan> spans) {
    public RedactedText {
        spans = List.copyOf(spans);
    }
}
