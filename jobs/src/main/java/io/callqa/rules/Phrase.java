package io.callqa.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a rule looks for, as its author wrote them ("this call may be recorded", "last {number} digits"), and as the
 * matcher aligns them with an utterance.
 *
 * @param text the phrase as written in the rule pack
 */
public record Phrase(String text, List<PhraseElement> elements) implements Serializable {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public Phrase {
        elements = List.copyOf(elements);
    }

    /**
     * Reads a phrase written in a rule pack.
     *
     * @throws IllegalArgumentException naming what is wrong with it, for the reader to place in the file
     */
    static Phrase parse(String text, Tokenizer tokenizer) {
        List<PhraseElement> elements = new ArrayList<>();
        Matcher placeholders = PLACEHOLDER.matcher(text);
        int wordsStart = 0;
        while (placeholders.find()) {
            addWords(text.substring(wordsStart, placeholders.start()), tokenizer, elements);
            elements.add(placeholder(placeholders.group(1).trim()));
            wordsStart = placeholders.end();
        }
        addWords(text.substring(wordsStart), tokenizer, elements);
        if (elements.stream().noneMatch(PhraseElement.Word.class::isInstance)) {
            throw new IllegalArgumentException("a phrase needs at least one word besides placeholders");
        }
        return new Phrase(text, elements);
    }

    /** How many elements the phrase has; placeholders count as one each. */
    int length() {
        return elements.size();
    }

    boolean hasWord(String text) {
        return elements.stream()
                .anyMatch(element -> element instanceof PhraseElement.Word word && word.token().text().equals(text));
    }

    private static void addWords(String words, Tokenizer tokenizer, List<PhraseElement> elements) {
        if (words.contains("{") || words.contains("}")) {
            throw new IllegalArgumentException("a '{' or '}' without its partner; placeholders look like {number}");
        }
        for (Token token : tokenizer.tokenize(words).tokens()) {
            elements.add(new PhraseElement.Word(token));
        }
    }

    private static PhraseElement placeholder(String name) {
        return switch (name) {
            case "number" -> new PhraseElement.AnyNumber();
            case "name", "company" -> new PhraseElement.AnyName(name);
            default -> throw new IllegalArgumentException("unknown placeholder '{" + name
                    + "}'; expected {number}, {name} or {company}");
        };
    }
}
