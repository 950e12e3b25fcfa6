package io.callqa.samples;

/**
 * One party saying one or more sentences without handing over.
 *
 * @param gapBeforeMillis silence between the end of the previous turn's speech and the start of this one; for the
 *     first turn, the silence at the start of the recording. A negative value makes this turn start that many
 *     milliseconds before the previous turn's speech ends: this turn's party talks over, or interrupts, the other.
 */
public record Turn(Party party, String text, long gapBeforeMillis) {
    /** A short pause, as between two people who take turns politely. */
    public static final long DEFAULT_GAP_MILLIS = 600;

    public Turn {
        if (party == null) {
            throw new IllegalArgumentException("Cannot make a turn: party is missing");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Cannot make a turn: text is blank");
        }
    }

    public static Turn agent(String text) {
        return new Turn(Party.AGENT, text, DEFAULT_GAP_MILLIS);
    }

    public static Turn customer(String text) {
        return new Turn(Party.CUSTOMER, text, DEFAULT_GAP_MILLIS);
    }

    /** This turn after {@code millis} of silence. */
    public Turn after(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("Cannot wait " + millis + " ms before a turn: use overlapping(...)"
                    + " to start a turn before the previous one ends");
        }
        return new Turn(party, text, millis);
    }

    /** This turn starting {@code millis} before the previous turn's speech ends. */
    public Turn overlapping(long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("Cannot overlap a turn by " + millis + " ms: the overlap must be positive");
        }
        return new Turn(party, text, -millis);
    }
}
