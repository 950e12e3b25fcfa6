package io.callqa.transcribe;

import java.util.List;

/**
 * Computes {@link CallMetrics} from a transcript. A party talks from the start of a word to its end; words at most
 * {@code talkGapMillis} apart are one stretch of talk. An overlap counts as overtalk (and as an interruption by the
 * party who started it) once it lasts {@code minimumOverlapMillis}, so that word-timing jitter at a turn change is
 * not counted.
 */
public final class CallMetricsCalculator {
    private final long talkGapMillis;
    private final long minimumOverlapMillis;

    public CallMetricsCalculator(long talkGapMillis, long minimumOverlapMillis) {
        this.talkGapMillis = talkGapMillis;
        this.minimumOverlapMillis = minimumOverlapMillis;
    }

    public CallMetrics calculate(CallTranscript transcript) {
        List<Interval> agent = talk(transcript, Role.AGENT);
        List<Interval> customer = talk(transcript, Role.CUSTOMER);
        List<Interval> everyone = Interval.merge(transcript.utterances().stream()
                .flatMap(utterance -> utterance.words().stream())
                .map(word -> new Interval(word.startMillis(), word.endMillis()))
                .toList(), talkGapMillis);
        long talk = Interval.totalLength(everyone);
        List<Interval> holds = transcript.line().holds().stream()
                .map(hold -> new Interval(hold.startMillis(), hold.endMillis())).toList();
        long hold = Interval.totalLength(holds);
        long holdWithoutTalk = holds.stream().mapToLong(stretch -> Interval.totalLength(stretch.subtract(everyone))).sum();
        Interval longestSilence = longestGap(everyone, holds, transcript.durationMillis());
        Overtalk overtalk = overtalk(agent, customer);
        boolean stereo = transcript.channels() == 2;
        boolean rolesKnown = stereo || transcript.separation().byModel();
        int agentWords = wordCount(transcript, Role.AGENT);
        int customerWords = wordCount(transcript, Role.CUSTOMER);
        return new CallMetrics(
                transcript.durationMillis(),
                talk,
                rolesKnown ? Interval.totalLength(agent) : null,
                rolesKnown ? Interval.totalLength(customer) : null,
                Math.max(0, transcript.durationMillis() - talk - holdWithoutTalk),
                longestSilence.length(),
                longestSilence.start(),
                stereo ? overtalk.millis() : null,
                stereo ? overtalk.agentStarted() + overtalk.customerStarted() : null,
                stereo ? overtalk.agentStarted() : null,
                stereo ? overtalk.customerStarted() : null,
                transcript.utterances().stream().mapToInt(utterance -> utterance.words().size()).sum(),
                rolesKnown ? agentWords : null,
                rolesKnown ? customerWords : null,
                rolesKnown ? wordsPerMinute(agentWords, Interval.totalLength(agent)) : null,
                rolesKnown ? wordsPerMinute(customerWords, Interval.totalLength(customer)) : null,
                hold);
    }

    private List<Interval> talk(CallTranscript transcript, Role role) {
        return Interval.merge(transcript.utterances().stream()
                .filter(utterance -> utterance.role() == role)
                .flatMap(utterance -> utterance.words().stream())
                .map(word -> new Interval(word.startMillis(), word.endMillis()))
                .toList(), talkGapMillis);
    }

    private static int wordCount(CallTranscript transcript, Role role) {
        return transcript.utterances().stream()
                .filter(utterance -> utterance.role() == role)
                .mapToInt(utterance -> utterance.words().size())
                .sum();
    }

    private static Double wordsPerMinute(int words, long talkMillis) {
        return talkMillis == 0 ? null : words * 60_000.0 / talkMillis;
    }

    /**
     * The longest gap between stretches of talk, hold excepted (a customer on hold hears music, not dead air); a
     * call without talk is one silence.
     */
    private static Interval longestGap(List<Interval> talk, List<Interval> holds, long durationMillis) {
        if (talk.isEmpty()) {
            return longest(new Interval(0, durationMillis).subtract(holds), new Interval(0, 0));
        }
        Interval longest = new Interval(talk.get(0).start(), talk.get(0).start());
        for (int index = 1; index < talk.size(); index++) {
            Interval gap = new Interval(talk.get(index - 1).end(), talk.get(index).start());
            longest = longest(gap.subtract(holds), longest);
        }
        return longest;
    }

    private static Interval longest(List<Interval> candidates, Interval longestSoFar) {
        Interval longest = longestSoFar;
        for (Interval candidate : candidates) {
            if (candidate.length() > longest.length()) {
                longest = candidate;
            }
        }
        return longest;
    }

    private record Overtalk(long millis, int agentStarted, int customerStarted) {}

    private Overtalk overtalk(List<Interval> agent, List<Interval> customer) {
        long millis = 0;
        int agentStarted = 0;
        int customerStarted = 0;
        int agentIndex = 0;
        int customerIndex = 0;
        while (agentIndex < agent.size() && customerIndex < customer.size()) {
            Interval agentTalk = agent.get(agentIndex);
            Interval customerTalk = customer.get(customerIndex);
            long overlap = Math.min(agentTalk.end(), customerTalk.end()) - Math.max(agentTalk.start(), customerTalk.start());
            if (overlap > 0) {
                millis += overlap;
                if (overlap >= minimumOverlapMillis) {
                    if (agentTalk.start() > customerTalk.start()) {
                        agentStarted++;
                    } else {
                        customerStarted++;
                    }
                }
            }
            if (agentTalk.end() < customerTalk.end()) {
                agentIndex++;
            } else {
                customerIndex++;
            }
        }
        return new Overtalk(millis, agentStarted, customerStarted);
    }
}
