package io.callqa.rules;

/**
 * One utterance as the rules read it.
 *
 * @param index the utterance's position in the call (the transcripts table's {@code utterance_index})
 * @param text lower-case recognizer output, without punctuation
 */
public record SpokenTurn(int index, Speaker speaker, long startMillis, long endMillis, String text) {}
