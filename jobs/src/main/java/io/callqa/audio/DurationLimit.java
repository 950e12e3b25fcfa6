package io.callqa.audio;

import io.callqa.rejects.RejectReason;
import java.io.Serializable;

/**
 * The longest recording callqa decodes ({@code audio.max_duration_hours} in conf/callqa.yaml). Decoders check the
 * length a file declares, or the length its bytes can hold, before they decode, and stop decoding a stream that
 * runs past the limit, so that a runaway recording is a reject rather than an executor out of memory.
 */
public record DurationLimit(long maxMillis) implements Serializable {
    public static final DurationLimit DEFAULT = new DurationLimit(4 * 3_600_000L);

    public DurationLimit {
        if (maxMillis <= 0) {
            throw new IllegalArgumentException("Cannot limit audio: the longest duration must be positive, got " + maxMillis);
        }
    }

    public long maxFrames(int sampleRate) {
        return maxMillis * sampleRate / 1000;
    }

    /** Throws when {@code frames} at {@code sampleRate} run past the limit. */
    public void check(long frames, int sampleRate) throws AudioFormatException {
        // Past Integer.MAX_VALUE samples a channel would not fit in one array either.
        if (frames > maxFrames(sampleRate) || frames > Integer.MAX_VALUE) {
            throw tooLong(frames * 1000 / sampleRate);
        }
    }

    /** For a stream that declared no length, or less than it holds: decoding stops at the limit. */
    AudioFormatException exceededWhileDecoding() {
        return new AudioFormatException(RejectReason.AUDIO_TOO_LONG, String.format(
                "Cannot decode audio: the recording runs past the limit of %s (audio.max_duration_hours in "
                        + "conf/callqa.yaml); decoding stopped there", Durations.describe(maxMillis)));
    }

    private AudioFormatException tooLong(long millis) {
        return new AudioFormatException(RejectReason.AUDIO_TOO_LONG, String.format(
                "Cannot decode audio: the recording is %s long, over the limit of %s "
                        + "(audio.max_duration_hours in conf/callqa.yaml)",
                Durations.describe(millis), Durations.describe(maxMillis)));
    }
}
