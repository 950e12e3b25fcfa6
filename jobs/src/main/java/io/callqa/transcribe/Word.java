package io.callqa.transcribe;

/** A recognized word with its time in the call (milliseconds) and the recognizer's confidence (0–1). */
public record Word(String text, long startMillis, long endMillis, double confidence) {}
