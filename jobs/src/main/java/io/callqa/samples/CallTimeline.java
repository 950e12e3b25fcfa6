package io.callqa.samples;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Places a script's turns in time, once the length of each turn's speech is known. */
public final class CallTimeline {
    private CallTimeline() {}

    /**
     * @param speechMillis how long each turn's speech lasts, in script order
     * @throws SampleGenerationException when a party would talk over itself (one voice on one channel cannot) or a
     *     turn would overlap the previous one by more than that turn lasts, so that it would no longer come after it
     */
    public static List<TimedTurn> layOut(CallScript script, List<Long> speechMillis) {
        if (speechMillis.size() != script.turns().size()) {
            throw new IllegalArgumentException("Cannot lay out call " + script.callId() + ": "
                    + speechMillis.size() + " speech lengths for " + script.turns().size() + " turns");
        }
        List<TimedTurn> timed = new ArrayList<>();
        Map<Party, TimedTurn> lastTurnOf = new EnumMap<>(Party.class);
        long previousStart = 0;
        long previousEnd = 0;
        for (int index = 0; index < script.turns().size(); index++) {
            Turn turn = script.turns().get(index);
            long start = previousEnd + turn.gapBeforeMillis();
            if (start < previousStart) {
                throw new SampleGenerationException(String.format(
                        "Cannot lay out call %s: turn %d overlaps turn %d by %d ms, but turn %d lasts only %d ms",
                        script.callId(), index, index - 1, -turn.gapBeforeMillis(), index - 1,
                        previousEnd - previousStart));
            }
            TimedTurn ownPrevious = lastTurnOf.get(turn.party());
            if (ownPrevious != null && start < ownPrevious.endMillis()) {
                throw new SampleGenerationException(String.format(
                        "Cannot lay out call %s: turn %d would start while the %s is still speaking turn %d",
                        script.callId(), index, turn.party().label(), ownPrevious.index()));
            }
            long end = start + speechMillis.get(index);
            TimedTurn placed = new TimedTurn(index, turn.party(), script.channelOf(turn.party()), turn.text(), start, end);
            timed.add(placed);
            lastTurnOf.put(turn.party(), placed);
            previousStart = start;
            previousEnd = end;
        }
        return List.copyOf(timed);
    }
}
