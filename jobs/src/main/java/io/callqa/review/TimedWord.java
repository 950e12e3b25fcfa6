package io.callqa.review;

/** A recognized word and when it was said, as in the {@code words} of a {@code transcripts} row. */
public record TimedWord(String text, long startMs, long endMs) {}
