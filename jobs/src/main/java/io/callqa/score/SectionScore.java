package io.callqa.score;

/** A section's score, 0 to 100, or null when none of its questions applied to the call. */
public record SectionScore(String sectionId, String title, double weight, Double score) {}
