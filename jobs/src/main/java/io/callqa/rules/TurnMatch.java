package io.callqa.rules;

import java.util.Comparator;

/**
 * A rule's phrases found in one utterance of a call.
 *
 * @param atMillis when the matched words began, estimated from their position in the utterance: turns carry their
 *     start and end, not each word's
 */
record TurnMatch(SpokenTurn turn, RuleMatch match, long atMillis) {
    static final Comparator<TurnMatch> IN_CALL_ORDER = Comparator.comparingLong(TurnMatch::atMillis)
            .thenComparingInt(turnMatch -> turnMatch.turn().index())
            .thenComparingInt(turnMatch -> turnMatch.match().firstWord());

    /**
     * The most similar match first; among equally similar ones, the one nearest the window's edge: the first words
     * of a call for "first 15 seconds", the last for "last 60 seconds", where a short call's closing window also
     * holds its greeting.
     */
    static Comparator<TurnMatch> bestFirst(TimeWindow window) {
        return Comparator.comparingDouble((TurnMatch turnMatch) -> turnMatch.match().similarity()).reversed()
                .thenComparing(window.edge() == TimeWindow.Edge.LAST ? IN_CALL_ORDER.reversed() : IN_CALL_ORDER);
    }

    static TurnMatch in(SpokenTurn turn, TokenizedText text, RuleMatch match) {
        long spokenMillis = Math.max(0, turn.endMillis() - turn.startMillis());
        long offsetMillis = text.words().isEmpty() ? 0 : spokenMillis * match.firstWord() / text.words().size();
        return new TurnMatch(turn, match, turn.startMillis() + offsetMillis);
    }

    boolean comesBefore(TurnMatch other) {
        return IN_CALL_ORDER.compare(this, other) < 0;
    }

    /** The utterance's own start and end: exact, unlike {@link #atMillis}, and what a reviewer seeks to. */
    Evidence evidence() {
        return new Evidence(turn.index(), turn.startMillis(), turn.endMillis(), match.matchedText(),
                Math.round(match.similarity() * 1000) / 1000.0);
    }
}
