package io.callqa.score;

/** How a call answers one scorecard criterion. Not applicable criteria count neither for nor against the agent. */
public enum Answer {
    MET,
    NOT_MET,
    NOT_APPLICABLE
}
