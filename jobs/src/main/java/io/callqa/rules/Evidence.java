package io.callqa.rules;

/**
 * Where a rule matched (or, for an order constraint, where it was violated).
 *
 * @param turnIndex the utterance's index in the call
 * @param matchedText the words of the utterance that matched (unredacted: the analyze stage redacts it)
 * @param similarity how close the words were to the rule's phrase, 0 to 1 (1 = exact after normalization)
 */
public record Evidence(int turnIndex, long startMillis, long endMillis, String matchedText, double similarity) {}
