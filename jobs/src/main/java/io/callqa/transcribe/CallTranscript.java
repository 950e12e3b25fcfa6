package io.callqa.transcribe;

import java.util.Comparator;
import java.util.List;

/** A call's utterances from all channels, ordered by start time, and the facts of its audio. */
public record CallTranscript(List<Utterance> utterances, long durationMillis, int channels, int sampleRate,
        String encoding, SpeakerSeparation separation) {
    public CallTranscript {
        utterances = utterances.stream()
                .sorted(Comparator.comparingLong(Utterance::startMillis).thenComparingInt(Utterance::channel))
                .toList();
    }

    /** A transcript whose roles come from the channels (or are unknown). */
    public CallTranscript(List<Utterance> utterances, long durationMillis, int channels, int sampleRate,
            String encoding) {
        this(utterances, durationMillis, channels, sampleRate, encoding, SpeakerSeparation.NONE);
    }
}
