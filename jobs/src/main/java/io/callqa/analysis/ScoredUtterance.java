package io.callqa.analysis;

import io.callqa.nlp.Sentiment;
import io.callqa.rules.Speaker;

/** An utterance with its sentiment, the input of {@link SentimentTimeline}. */
public record ScoredUtterance(Speaker speaker, long startMillis, long endMillis, int words, Sentiment sentiment) {}
