package io.callqa.transcribe;

import java.util.List;

/** Turns one channel of 16 kHz speech into utterances. Implementations are not shared between threads. */
public interface SpeechRecognizer {
    int SAMPLE_RATE = 16_000;

    /** Utterances with times relative to the start of {@code samples}; role and channel are the caller's. */
    List<Utterance> recognize(short[] samples, Role role, int channel);
}
