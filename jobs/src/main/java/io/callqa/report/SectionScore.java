package io.callqa.report;

/** One scorecard section of one call; {@code score} is empty when nothing in the section applied. */
public record SectionScore(String sectionId, String title, double weight, Double score) {}
