package io.callqa.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The call metrics that follow from a timeline, defined as the pipeline defines them (conf/callqa.yaml,
 * {@code metrics}): a party's turns at most {@link #TALK_GAP_MILLIS} apart are one stretch of talk, shorter pauses
 * are not silence, and an overlap of at least {@link #MINIMUM_OVERLAP_MILLIS} is overtalk and an interruption by
 * the party whose stretch started later.
 *
 * <p>Computed here from whole turns, independently of the pipeline's code, so that a test can hold one to the other.
 *
 * @param talkMillis time in which anybody talks
 * @param longestSilenceMillis the longest pause of more than the talk gap between the first and the last speech
 * @param overtalkMillis time in which both parties talk, counting overlaps of any length
 */
public record ExpectedMetrics(
        long durationMillis,
        long talkMillis,
        long agentTalkMillis,
        long customerTalkMillis,
        long longestSilenceMillis,
        long longestSilenceStartMillis,
        long overtalkMillis,
        int overtalkCount,
        int agentInterruptions,
        int customerInterruptions) {

    public static final long TALK_GAP_MILLIS = 500;
    public static final long MINIMUM_OVERLAP_MILLIS = 300;

    public static ExpectedMetrics of(List<TimedTurn> turns, long durationMillis) {
        List<Stretch> everyone = stretches(turns);
        List<Stretch> agent = stretches(turns.stream().filter(turn -> turn.party() == Party.AGENT).toList());
        List<Stretch> customer = stretches(turns.stream().filter(turn -> turn.party() == Party.CUSTOMER).toList());
        Stretch longestSilence = new Stretch(0, 0);
        for (int index = 1; index < everyone.size(); index++) {
            Stretch gap = new Stretch(everyone.get(index - 1).end(), everyone.get(index).start());
            if (gap.length() > longestSilence.length()) {
                longestSilence = gap;
            }
        }
        long overtalkMillis = 0;
        int agentInterruptions = 0;
        int customerInterruptions = 0;
        for (Stretch agentTalk : agent) {
            for (Stretch customerTalk : customer) {
                long overlap = Math.min(agentTalk.end(), customerTalk.end())
                        - Math.max(agentTalk.start(), customerTalk.start());
                if (overlap <= 0) {
                    continue;
                }
                overtalkMillis += overlap;
                if (overlap >= MINIMUM_OVERLAP_MILLIS) {
                    if (agentTalk.start() > customerTalk.start()) {
                        agentInterruptions++;
                    } else {
                        customerInterruptions++;
                    }
                }
            }
        }
        return new ExpectedMetrics(
                durationMillis,
                totalLength(everyone),
                totalLength(agent),
                totalLength(customer),
                longestSilence.length(),
                longestSilence.start(),
                overtalkMillis,
                agentInterruptions + customerInterruptions,
                agentInterruptions,
                customerInterruptions);
    }

    public int interruptionsBy(Party party) {
        return party == Party.AGENT ? agentInterruptions : customerInterruptions;
    }

    private record Stretch(long start, long end) {
        long length() {
            return end - start;
        }
    }

    /** Turns merged where they overlap or lie at most the talk gap apart. */
    private static List<Stretch> stretches(List<TimedTurn> turns) {
        List<Stretch> merged = new ArrayList<>();
        turns.stream().sorted(Comparator.comparingLong(TimedTurn::startMillis)).forEach(turn -> {
            Stretch last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && turn.startMillis() - last.end() <= TALK_GAP_MILLIS) {
                merged.set(merged.size() - 1, new Stretch(last.start(), Math.max(last.end(), turn.endMillis())));
            } else {
                merged.add(new Stretch(turn.startMillis(), turn.endMillis()));
            }
        });
        return merged;
    }

    private static long totalLength(List<Stretch> stretches) {
        return stretches.stream().mapToLong(Stretch::length).sum();
    }
}
