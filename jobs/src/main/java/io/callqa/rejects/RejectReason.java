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
    TRUNCATED_AUDIO,
    UNSUPPORTED_AUDIO_FORMAT,
    TOO_MANY_CHANNELS,

    // Scoring
    /** Warning: the call is scored, but its agent is not in the roster, so it has no team. */
    UNKNOWN_AGENT,
    /** The call was transcribed but has no rule results (its analysis was rejected or has not run). */
    NOT_ANALYZED,

    // Anything we did not foresee: the call is kept in rejects rather than failing the batch.
    INTERNAL_ERROR
}
