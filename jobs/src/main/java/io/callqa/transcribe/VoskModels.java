package io.callqa.transcribe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * One loaded Vosk model per JVM and folder. A model takes about 200 MB and seconds to load; every task of an
 * executor shares it (Vosk models are safe to share; recognizers are not).
 */
public final class VoskModels {
    private static final Map<Path, Model> LOADED = new ConcurrentHashMap<>();

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
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            return new Model(folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the Vosk model from " + folder + ": " + e.getMessage(), e);
        }
    }
}
