package io.callqa.transcribe;

import io.callqa.line.LineReport;
import java.util.Comparator;
import java.util.List;

/**
 * A call's utterances from all channels, ordered by start time, and the facts of its audio.
 *
 * @param line what the line cleaning found and took out before recognition
 */
public record CallTranscript(List<Utterance> utterances, long durationMillis, int channels, int sampleRate,
        String encoding, LineReport line) {
    public CallTranscript {
        utterances = utterances.stream()
                .sorted(Comparator.comparingLong(Utterance::startMillis).thenComparingInt(Utterance::channel))
                .toList();
    }

    /** A transcript of channels recognized as recorded. */
    public CallTranscript(List<Utterance> utterances, long durationMillis, int channels, int sampleRate,
            String encoding) {
        this(utterances, durationMillis, channels, sampleRate, encoding, LineReport.untouched(channels));
    }
}
