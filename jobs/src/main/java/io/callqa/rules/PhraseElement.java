package io.callqa.rules;

import java.io.Serializable;
import java.util.Set;

/** One position in a phrase: a word, or a placeholder such as {@code {number}} or {@code {name}}. */
public sealed interface PhraseElement extends Serializable {
    /** A word of the phrase, normalized like the transcripts it is matched against. */
    record Word(Token token) implements PhraseElement {}

    /** {@code {number}}: any number, said in words or written in digits. */
    record AnyNumber() implements PhraseElement {}

    /**
     * {@code {name}} or {@code {company}}: one or two words, as long as they could be a name. Pronouns, articles and
     * the like cannot, so "who am i speaking to" does not pass as "{name} speaking".
     */
    record AnyName(String placeholder) implements PhraseElement {
        private static final Set<String> NOT_NAMES = Set.of(
                "i", "i'm", "me", "my", "you", "your", "you're", "we", "our", "us", "he", "she", "it", "it's", "they",
                "them", "their", "a", "an", "the", "this", "that", "these", "those", "is", "am", "are", "was", "were",
                "be", "to", "for", "of", "and", "or", "with", "in", "on", "at", "who", "what", "can", "do", "how");

        boolean accepts(Token token) {
            return !token.isNumber() && !NOT_NAMES.contains(token.text());
        }
    }
}
