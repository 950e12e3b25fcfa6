package io.callqa.rules;

import java.io.Serializable;
import java.util.List;

/**
 * Phrases that must all be said in one utterance, in any order: ("i promise", "refunded") catches "i promise you'll
 * be refunded by friday". A single phrase is a group of one.
 */
public record PhraseGroup(List<Phrase> phrases) implements Serializable {
    public PhraseGroup {
        phrases = List.copyOf(phrases);
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("Cannot group phrases: the group is empty");
        }
    }
}
