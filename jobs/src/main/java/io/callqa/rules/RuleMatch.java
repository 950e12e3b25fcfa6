package io.callqa.rules;

/**
 * Where a rule's phrases were found in one utterance.
 *
 * @param firstWord the first matched word's position among the utterance's words
 * @param matchedText the matched words as said; the phrases of a group joined by " … "
 */
record RuleMatch(int firstWord, String matchedText, double similarity) {}
