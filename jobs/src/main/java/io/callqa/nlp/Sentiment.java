package io.callqa.nlp;

/**
 * The sentiment of one utterance on CoreNLP's five classes.
 *
 * @param label very_negative, negative, neutral, positive or very_positive
 * @param classIndex 0 (very negative) to 4 (very positive)
 * @param score the expected value of the class distribution mapped to -1 (very negative) … +1 (very positive),
 *     which averages meaningfully over utterances
 */
public record Sentiment(String label, int classIndex, double score) {}
