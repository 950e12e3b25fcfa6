package io.callqa.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds a rule's phrases in one utterance, whoever said it and whenever: speakers and windows are the caller's. */
final class RuleMatcher {
    private final PhraseAligner aligner;

    RuleMatcher(MatchSettings settings) {
        this.aligner = new PhraseAligner(settings);
    }

    /** The most similar of the rule's phrase groups said in {@code text}, or empty. */
    Optional<RuleMatch> match(Rule rule, TokenizedText text) {
        RuleMatch best = null;
        for (PhraseGroup group : rule.phrases()) {
            Optional<RuleMatch> match = match(group, text, rule.heedsNegation());
            if (match.isPresent() && (best == null || match.get().similarity() > best.similarity())) {
                best = match.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<RuleMatch> match(PhraseGroup group, TokenizedText text, boolean heedNegation) {
        List<PhraseMatch> matches = new ArrayList<>();
        for (Phrase phrase : group.phrases()) {
            Optional<PhraseMatch> match = aligner.find(phrase, text, heedNegation);
            if (match.isEmpty()) {
                return Optional.empty();
            }
            matches.add(match.get());
        }
        matches.sort(Comparator.comparingInt(PhraseMatch::firstToken));
        List<String> matchedWords = matches.stream()
                .map(match -> text.wordsOf(match.firstToken(), match.lastToken()))
                .toList();
        double similarity = matches.stream().mapToDouble(PhraseMatch::similarity).average().orElseThrow();
        int firstWord = text.tokens().get(matches.get(0).firstToken()).firstWord();
        return Optional.of(new RuleMatch(firstWord, String.join(" … ", matchedWords), similarity));
    }
}
