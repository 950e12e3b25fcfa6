package io.callqa.nlp;

/**
 * A date said or written in an utterance.
 *
 * @param firstToken index of its first word token
 * @param lastToken index of its last word token (inclusive)
 * @param complete whether it names a day, a month and a year
 * @param year the year when said or written in full (1985, "nineteen eighty five"), else null
 */
record DateMention(int firstToken, int lastToken, boolean complete, Integer year) {}
