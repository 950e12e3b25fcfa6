package io.callqa.rejects;

/**
 * Why a call, or a manifest row, did not make it into a stage's output. Each reason is a stable code that
 * can be counted across runs; the message of the reject says the details.
 */
public enum RejectReason {
    // Manifest rows
    MISSING_FIELD,
    INVALID_FIELD,
    DUPLICATE_CALL_ID,
    AUDIO_URI_OUTSIDE_BASE,

    // Fetching audio
    AUDIO_NOT_FOUND,
    AUDIO_UNREADABLE,

    // Decoding audio
    EMPTY_AUDIO,
    NOT_WAV,
    /**
     * The recording ends before its header says it does. A warning when the part that is there was transcribed; a
     * reject when nothing of the audio is left.
     */
    TRUNCATED_AUDIO,
    /** A known format whose frames cannot be decoded (damaged, or not what the file's first bytes say). */
    CORRUPT_AUDIO,
    UNSUPPORTED_AUDIO_FORMAT,
    TOO_MANY_CHANNELS,
    /** Longer than {@code audio.max_duration_hours}: refused before it is decoded into memory. */
    AUDIO_TOO_LONG,

    // Scoring
    /** Warning: the call is scored, but its agent is not in the roster, so it has no team. */
    UNKNOWN_AGENT,
    /** The call was transcribed but has no rule results (its analysis was rejected or has not run). */
    NOT_ANALYZED,

    // Anything we did not foresee: the call is kept in rejects rather than failing the batch.
    INTERNAL_ERROR
}
