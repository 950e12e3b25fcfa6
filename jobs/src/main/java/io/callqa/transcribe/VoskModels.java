package io.callqa.transcribe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.SpeakerModel;

/**
 * One loaded Vosk model per JVM and folder. A model takes about 330 MB (most of it the precompiled decoding graph)
 * and two seconds to load; every task of an executor shares it (Vosk models are safe to share; recognizers are not).
 */
public final class VoskModels {
    private static final Logger LOG = LoggerFactory.getLogger(VoskModels.class);
    private static final Map<Path, Model> LOADED = new ConcurrentHashMap<>();
    private static final Map<Path, SpeakerModel> LOADED_SPEAKER_MODELS = new ConcurrentHashMap<>();

    /** Written by models/compile-decoding-graph; Vosk prefers it to the lookahead graph the model ships. */
    public static final String PRECOMPILED_GRAPH = "graph/HCLG.fst";

    private VoskModels() {}

    public static Model load(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        return LOADED.computeIfAbsent(key, VoskModels::loadFrom);
    }

    private static Model loadFrom(Path folder) {
        if (!Files.isRegularFile(folder.resolve("conf/mfcc.conf"))) {
            throw new IllegalStateException("Cannot load the Vosk model: " + folder
                    + " holds no conf/mfcc.conf; run 'mvn -B package -DskipTests' to unpack it into models/");
        }
        if (!Files.isRegularFile(folder.resolve(PRECOMPILED_GRAPH))) {
            // Same transcripts, but every recognizer composes the graph while it decodes: about 3x the CPU.
            LOG.warn("The Vosk model in {} has no precompiled decoding graph ({}): transcription runs at about a third "
                    + "of its speed; install libfst-tools and run 'models/compile-decoding-graph {}'", folder,
                    PRECOMPILED_GRAPH, folder);
        }
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            return new Model(folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the Vosk model from " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Vosk's speaker model (15 MB), shared like the speech model; it separates the voices of mono recordings. */
    public static SpeakerModel loadSpeakerModel(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        return LOADED_SPEAKER_MODELS.computeIfAbsent(key, VoskModels::loadSpeakerModelFrom);
    }

    private static SpeakerModel loadSpeakerModelFrom(Path folder) {
        if (!Files.isRegularFile(folder.resolve("final.ext.raw"))) {
            throw new IllegalStateException("Cannot load the speaker model: " + folder
                    + " holds no final.ext.raw; run 'mvn -B package -DskipTests' to fetch it into models/");
        }
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            return new SpeakerModel(folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the speaker model from " + folder + ": " + e.getMessage(), e);
        }
    }
}
