package io.callqa.rules;

/**
 * Where a phrase was found in an utterance.
 *
 * @param firstToken the first matched token
 * @param lastToken the last matched token, inclusive
 * @param similarity 1 for the phrase's exact words (after normalization), less for each recognition error forgiven
 */
record PhraseMatch(int firstToken, int lastToken, double similarity) {}
