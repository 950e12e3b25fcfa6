package io.callqa.analysis;

import io.callqa.nlp.Sentiment;

/** Gives the sentiment of one utterance's text. */
@FunctionalInterface
public interface SentimentModel {
    Sentiment of(String text);
}
