package io.callqa.transcribe;

import io.callqa.speakers.Voiceprint;

/** Fingerprints the voice in a stretch of 16 kHz speech. Implementations are not shared between threads. */
public interface VoiceprintReader {
    /** The voiceprint of {@code samples}, or null when they hold too little speech for one. */
    Voiceprint read(short[] samples);
}
