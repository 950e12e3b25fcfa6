package io.callqa.analysis;

import io.callqa.nlp.RedactedText;
import io.callqa.nlp.Sentiment;
import io.callqa.rules.SpokenTurn;

/** An utterance with its redacted text and its sentiment (computed on the unredacted words). */
public record AnalyzedUtterance(SpokenTurn turn, RedactedText redacted, Sentiment sentiment) {}
