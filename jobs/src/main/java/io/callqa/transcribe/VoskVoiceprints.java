package io.callqa.transcribe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callqa.speakers.Voiceprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.vosk.Model;
import org.vosk.Recognizer;
import org.vosk.SpeakerModel;

/**
 * Voiceprints from Vosk's speaker model (an x-vector extractor, models/vosk-model-spk-0.4): a recognizer with the
 * speaker model attached gives the x-vector of each result's speech frames. Vosk computes it only alongside
 * recognition, so reading a voiceprint costs a recognition of the stretch; a stretch that Vosk ends in two results
 * gets the mean of their vectors, each counted by its frames.
 */
public final class VoskVoiceprints implements VoiceprintReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Model model;
    private final SpeakerModel speakerModel;

    public VoskVoiceprints(Model model, SpeakerModel speakerModel) {
        this.model = model;
        this.speakerModel = speakerModel;
    }

    @Override
    public Voiceprint read(short[] samples) {
        float[] sum = null;
        try (Recognizer recognizer = new Recognizer(model, SpeechRecognizer.SAMPLE_RATE, speakerModel)) {
            byte[] bytes = new byte[samples.length * 2];
            for (int index = 0; index < samples.length; index++) {
                bytes[2 * index] = (byte) samples[index];
                bytes[2 * index + 1] = (byte) (samples[index] >> 8);
            }
            if (recognizer.acceptWaveForm(bytes, bytes.length)) {
                sum = add(sum, recognizer.getResult());
            }
            sum = add(sum, recognizer.getFinalResult());
        }
        return sum == null ? null : new Voiceprint(sum);
    }

    private static float[] add(float[] sum, String resultJson) {
        JsonNode result;
        try {
            result = JSON.readTree(resultJson);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse Vosk's result: " + e.getMessage(), e);
        }
        JsonNode vector = result.path("spk");
        int frames = result.path("spk_frames").asInt();
        if (vector.isEmpty() || frames == 0) {
            return sum;
        }
        float[] total = sum == null ? new float[vector.size()] : sum;
        for (int index = 0; index < total.length; index++) {
            total[index] += (float) (vector.get(index).asDouble() * frames);
        }
        return total;
    }
}
