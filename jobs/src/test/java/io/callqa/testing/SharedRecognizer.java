package io.callqa.testing;

import io.callqa.rules.RulePack;
import io.callqa.transcribe.CallTranscriber;
import io.callqa.transcribe.MonoSpeakerSeparation;
import io.callqa.transcribe.VoskModels;
import io.callqa.transcribe.VoskRecognizer;
import java.nio.file.Path;
import org.vosk.Model;

/** The real Vosk model, loaded once per test JVM (the same holder the Spark executors use). */
public final class SharedRecognizer {
    private SharedRecognizer() {}

    public static CallTranscriber transcriber() {
        return transcriber(model());
    }

    /** A transcriber that cleans the line, or recognizes the channels as recorded. */
    public static CallTranscriber transcriber(boolean cleanLine) {
        return new CallTranscriber(new VoskRecognizer(model()),
                CallqaTestHome.config().transcription().ditherLeastSignificantBits(), null, cleanLine);
    }

    /** A transcriber over another model, set up as the stage sets up its own. */
    public static CallTranscriber transcriber(Model model) {
        return new CallTranscriber(new VoskRecognizer(model),
                CallqaTestHome.config().transcription().ditherLeastSignificantBits());
    }

    /** A transcriber that also separates the voices of mono recordings, with the default rule pack's evidence. */
    public static CallTranscriber monoTranscriber() {
        return new CallTranscriber(new VoskRecognizer(model()),
                CallqaTestHome.config().transcription().ditherLeastSignificantBits(), monoSeparation(), true);
    }

    public static MonoSpeakerSeparation monoSeparation() {
        RulePack rules = RulePack.load(Path.of(CallqaTestHome.config().analysis().rulePackPath()));
        return MonoSpeakerSeparation.withVosk(model(),
                VoskModels.loadSpeakerModel(Path.of(CallqaTestHome.config().transcription().speakerModelPath())), rules);
    }

    private static Model model() {
        return VoskModels.load(Path.of(CallqaTestHome.config().transcription().modelPath()));
    }
}
