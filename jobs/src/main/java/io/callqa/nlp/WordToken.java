package io.callqa.nlp;

/**
 * A word of an utterance, with surrounding punctuation removed, and where it stands in the original text.
 *
 * @param word the word in lower case, as the rules compare it
 * @param start index of its first character in the original text
 * @param end index after its last character
 */
record WordToken(String word, int start, int end) {}
