package io.callqa.testing;

import io.callqa.transcribe.CallTranscriber;
import io.callqa.transcribe.VoskModels;
import io.callqa.transcribe.VoskRecognizer;
import java.nio.file.Path;

/** The real Vosk model, loaded once per test JVM (the same holder the Spark executors use). */
public final class SharedRecognizer {
    private SharedRecognizer() {}

    public static VoskRecognizer recognizer() {
        return new VoskRecognizer(VoskModels.load(Path.of(CallqaTestHome.config().transcription().modelPath())));
    }

    public static CallTranscriber transcriber() {
        return new CallTranscriber(recognizer(), CallqaTestHome.config().transcription().ditherLeastSignificantBits());
    }
}
