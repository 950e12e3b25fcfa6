package io.callqa.nlp;

/**
 * Consecutive digits said or written in an utterance, whatever the form: "4532 0151", "four five three two",
 * "forty five thirty two", "double four".
 *
 * @param firstToken index of the run's first word token
 * @param lastToken index of its last word token (inclusive)
 * @param digits the digits in order
 */
record DigitRun(int firstToken, int lastToken, String digits) {
    int length() {
        return digits.length();
    }
}
