package io.callqa.transcribe;

/**
 * What a call sounded like, computed from word timings. Per-role values are null for mono recordings whose voices were
 * not separated. Overtalk and interruptions are null for every mono recording: one channel cannot show two people
 * talking at once, and the speaker model's segments do not overlap.
 *
 * @param nonTalkMillis time in which nobody talks, over the whole recording, hold time excepted
 * @param longestSilenceMillis the longest time nobody talks between the first and the last word of the call, outside
 *     hold
 * @param holdMillis time with hold music (or another sustained non-speech sound): neither talk nor silence
 * @param overtalkMillis time in which both parties talk at once
 * @param overtalkCount stretches of overtalk lasting at least the configured minimum
 * @param agentInterruptions overtalk stretches that the agent started while the customer was talking
 */
public record CallMetrics(
        long durationMillis,
        long talkMillis,
        Long agentTalkMillis,
        Long customerTalkMillis,
        long nonTalkMillis,
        long longestSilenceMillis,
        long longestSilenceStartMillis,
        Long overtalkMillis,
        Integer overtalkCount,
        Integer agentInterruptions,
        Integer customerInterruptions,
        int words,
        Integer agentWords,
        Integer customerWords,
        Double agentWordsPerMinute,
        Double customerWordsPerMinute,
        long holdMillis) {}
