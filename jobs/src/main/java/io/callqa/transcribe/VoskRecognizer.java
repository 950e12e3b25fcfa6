package io.callqa.transcribe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Vosk with word timings; a new recognizer for every channel stream, over a model shared by the JVM. A recognizer
 * reused across calls is no faster with the precompiled graph, and makes a transcript depend on what it decoded
 * before (measured in BENCHMARKS.md).
 */
public final class VoskRecognizer implements SpeechRecognizer {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A quarter of a second per call into Vosk. */
    private static final int CHUNK_SAMPLES = SAMPLE_RATE / 4;

    private final Model model;

    public VoskRecognizer(Model model) {
        this.model = model;
    }

    @Override
    public List<Utterance> recognize(short[] samples, Role role, int channel) {
        List<Utterance> utterances = new ArrayList<>();
        try (Recognizer recognizer = new Recognizer(model, SAMPLE_RATE)) {
            recognizer.setWords(true);
            recognizer.setPartialWords(false);
            byte[] chunk = new byte[CHUNK_SAMPLES * 2];
            for (int start = 0; start < samples.length; start += CHUNK_SAMPLES) {
                int count = Math.min(CHUNK_SAMPLES, samples.length - start);
                for (int index = 0; index < count; index++) {
                    short sample = samples[start + index];
                    chunk[2 * index] = (byte) sample;
                    chunk[2 * index + 1] = (byte) (sample >> 8);
                }
                if (recognizer.acceptWaveForm(chunk, count * 2)) {
                    addUtterance(recognizer.getResult(), role, channel, utterances);
                }
            }
            addUtterance(recognizer.getFinalResult(), role, channel, utterances);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Vosk recognizer: " + e.getMessage(), e);
        }
        return utterances;
    }

    private static void addUtterance(String resultJson, Role role, int channel, List<Utterance> utterances) {
        JsonNode result;
        try {
            result = JSON.readTree(resultJson);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse Vosk's result: " + e.getMessage(), e);
        }
        List<Word> words = new ArrayList<>();
        for (JsonNode word : result.path("result")) {
            words.add(new Word(word.path("word").asText(),
                    Math.round(word.path("start").asDouble() * 1000),
                    Math.round(word.path("end").asDouble() * 1000),
                    word.path("conf").asDouble()));
        }
        if (!words.isEmpty()) {
            utterances.add(new Utterance(role, channel, words.get(0).startMillis(),
                    words.get(words.size() - 1).endMillis(), words));
        }
    }
}
