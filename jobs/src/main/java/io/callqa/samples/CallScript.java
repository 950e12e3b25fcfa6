package io.callqa.samples;

import java.time.Instant;
import java.util.List;

/**
 * A call to synthesize: what is said, by which flite voice, and the manifest fields the recording will carry.
 *
 * @param agentVoice a flite voice name, for example {@code slt}
 * @param agentChannel the channel the agent is recorded on, 0 (left) or 1 (right); the customer has the other
 */
public record CallScript(
        String callId,
        String agentId,
        Instant startedAt,
        String queue,
        String direction,
        String customerId,
        int agentChannel,
        String agentVoice,
        String customerVoice,
        List<Turn> turns) {

    public CallScript {
        if (callId == null || !callId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("Cannot make call script '" + callId
                    + "': a call_id must be letters, digits, '-' or '_', since it names the call's audio file");
        }
        if (agentChannel != 0 && agentChannel != 1) {
            throw new IllegalArgumentException("Cannot make call script " + callId + ": agent channel " + agentChannel
                    + " must be 0 (left) or 1 (right)");
        }
        if (turns == null || turns.isEmpty()) {
            throw new IllegalArgumentException("Cannot make call script " + callId + ": it has no turns");
        }
        if (turns.get(0).gapBeforeMillis() < 0) {
            throw new IllegalArgumentException("Cannot make call script " + callId
                    + ": the first turn cannot overlap a turn before it");
        }
        turns = List.copyOf(turns);
    }

    public int customerChannel() {
        return 1 - agentChannel;
    }

    public int channelOf(Party party) {
        return party == Party.AGENT ? agentChannel : customerChannel();
    }

    public String voiceOf(Party party) {
        return party == Party.AGENT ? agentVoice : customerVoice;
    }
}
