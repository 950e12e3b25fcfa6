package io.callqa.nlp;

import java.util.List;

/** Finds one or more kinds of personal data in an utterance. */
interface PiiFinder {
    /**
     * @param text the utterance as given
     * @param tokens its words, from {@link WordTokenizer}
     * @return spans in {@code text}'s coordinates; they may overlap each other and other finders' spans
     */
    List<PiiSpan> find(String text, List<WordToken> tokens);
}
