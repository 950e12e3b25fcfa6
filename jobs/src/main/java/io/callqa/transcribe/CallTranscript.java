package io.callqa.transcribe;

import io.callqa.line.LineReport;
import java.util.Comparator;
import java.util.List;

/**
 * A call's utterances from all channels, ordered by start time, and the facts of its audio.
 *
 * @param line what the line cleaning found and took out before recognition
 * @param separation how the voices of a mono recording were told apart
 */
public record CallTranscript(List<Utterance> utterances, long durationMillis, int channels, int sampleRate,
        String encoding, LineReport line, SpeakerSeparation separation) {
    public CallTranscript {
        utterances = utterances.stream()
                .sorted(Comparator.comparingLong(Utterance::startMillis).thenComparingInt(Utterance::channel))
                .toList();
    }

    /** A transcript of channels recognized as recorded, whose roles come from the channels (or are unknown). */
    public CallTranscript(List<Utterance> utterances, long durationMillis, int channels, int sampleRate,
            String encoding) {
        this(utterances, durationMillis, channels, sampleRate, encoding, LineReport.untouched(channels),
                SpeakerSeparation.NONE);
    }
}
