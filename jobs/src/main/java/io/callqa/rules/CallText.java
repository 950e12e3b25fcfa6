package io.callqa.rules;

import java.util.List;

/**
 * What a call's rules are evaluated on: its utterances in order of start time, its length, and the manifest facts
 * a rule's applicability can depend on.
 *
 * @param queue the manifest's queue, or null
 * @param direction the manifest's direction (inbound, outbound), or null
 */
public record CallText(String callId, long durationMillis, String queue, String direction, List<SpokenTurn> turns) {
    public CallText {
        turns = List.copyOf(turns);
    }
}
