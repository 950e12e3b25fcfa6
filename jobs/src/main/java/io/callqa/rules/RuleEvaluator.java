package io.callqa.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Applies a rule pack to one call at a time. Each utterance is tokenized once and every rule looks for its phrases
 * in it; a rule's {@code before} then keeps only the matches that come before the other rule's first match.
 *
 * <p>Not thread-safe (it holds a {@link Tokenizer}); {@link RulePack#evaluate} gives each thread its own.
 */
final class RuleEvaluator {
    private final RulePack pack;
    private final Tokenizer tokenizer;
    private final RuleMatcher matcher;

    RuleEvaluator(RulePack pack, Tokenizer tokenizer) {
        this.pack = pack;
        this.tokenizer = tokenizer;
        this.matcher = new RuleMatcher(pack.settings());
    }

    List<RuleResult> evaluate(CallText call) {
        List<TokenizedText> texts = call.turns().stream().map(turn -> tokenizer.tokenize(turn.text())).toList();
        long callMillis = callMillis(call);
        Map<String, List<TurnMatch>> matchesByRule = new HashMap<>();
        for (Rule rule : pack.rules()) {
            matchesByRule.put(rule.id(), matches(rule, call, texts, callMillis));
        }
        return pack.rules().stream().map(rule -> result(rule, call, matchesByRule)).toList();
    }

    /** Every utterance in which the rule's phrases are said by its speaker inside its window, in call order. */
    private List<TurnMatch> matches(Rule rule, CallText call, List<TokenizedText> texts, long callMillis) {
        return IntStream.range(0, texts.size())
                .filter(index -> rule.speaker().includes(call.turns().get(index).speaker()))
                .mapToObj(index -> matcher.match(rule, texts.get(index))
                        .map(match -> TurnMatch.in(call.turns().get(index), texts.get(index), match)))
                .flatMap(Optional::stream)
                .filter(turnMatch -> rule.window().contains(turnMatch.atMillis(), callMillis))
                .sorted(TurnMatch.IN_CALL_ORDER)
                .toList();
    }

    private RuleResult result(Rule rule, CallText call, Map<String, List<TurnMatch>> matchesByRule) {
        if (!rule.applicability().includes(call) || (rule.speaker() != SpeakerScope.ANY && speakersUnknown(call))) {
            return result(rule, RuleOutcome.NOT_APPLICABLE, Optional.empty());
        }
        List<TurnMatch> matches = matchesByRule.get(rule.id());
        Optional<TurnMatch> limit = rule.before() == null
                ? Optional.empty()
                : matchesByRule.get(rule.before()).stream().findFirst();
        Optional<TurnMatch> best = matches.stream()
                .filter(match -> limit.isEmpty() || match.comesBefore(limit.get()))
                .min(TurnMatch.bestFirst(rule.window()));
        return switch (rule.kind()) {
            case REQUIRED -> best.isPresent()
                    ? result(rule, RuleOutcome.PASS, best)
                    // Said, but only after the other rule's words: the evidence is where the order was broken.
                    : result(rule, RuleOutcome.FAIL, matches.isEmpty() ? Optional.empty() : limit);
            case PROHIBITED -> result(rule, best.isPresent() ? RuleOutcome.FAIL : RuleOutcome.PASS, best);
            case CATEGORY -> result(rule, best.isPresent() ? RuleOutcome.HIT : RuleOutcome.MISS, best);
        };
    }

    private RuleResult result(Rule rule, RuleOutcome outcome, Optional<TurnMatch> evidence) {
        return new RuleResult(rule.id(), rule.version(), rule.kind(),
                rule.severity() == null ? null : rule.severity().label(), outcome,
                evidence.map(TurnMatch::evidence).orElse(null));
    }

    /**
     * A mono recording: nobody knows who said what, so a rule about the agent's or the customer's words can neither
     * pass nor fail fairly.
     */
    private static boolean speakersUnknown(CallText call) {
        return !call.turns().isEmpty() && call.turns().stream().allMatch(turn -> turn.speaker() == Speaker.UNKNOWN);
    }

    /** The manifest's duration, or where the last utterance ends when the duration is not known. */
    private static long callMillis(CallText call) {
        long lastWordMillis = call.turns().stream().mapToLong(SpokenTurn::endMillis).max().orElse(0);
        return call.durationMillis() > 0 ? call.durationMillis() : lastWordMillis;
    }
}
