package io.callqa.nlp;

/** Personal data found in a text: characters {@code start} (inclusive) to {@code end} (exclusive) of the original. */
public record PiiSpan(PiiType type, int start, int end) {}
