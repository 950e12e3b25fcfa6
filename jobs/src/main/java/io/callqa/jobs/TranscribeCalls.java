package io.callqa.jobs;

import io.callqa.audio.AudioDecoder;
import io.callqa.audio.AudioFormatException;
import io.callqa.audio.DecodedAudio;
import io.callqa.config.CallqaConfig;
import io.callqa.rejects.Reject;
import io.callqa.rejects.RejectReason;
import io.callqa.rules.RulePack;
import io.callqa.storage.AudioFetchException;
import io.callqa.storage.AudioFetcher;
import io.callqa.transcribe.CallMetrics;
import io.callqa.transcribe.CallMetricsCalculator;
import io.callqa.transcribe.CallTranscriber;
import io.callqa.transcribe.CallTranscript;
import io.callqa.transcribe.MonoSpeakerSeparation;
import io.callqa.transcribe.VoskModels;
import io.callqa.transcribe.VoskRecognizer;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.vosk.Model;
import org.vosk.SpeakerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor side of the transcribe stage: fetches, decodes and transcribes each call of a partition with the
 * JVM's shared model, and turns every failure into a reject so that one bad call never fails the batch.
 */
final class TranscribeCalls implements MapPartitionsFunction<Row, Row> {
    private static final Logger LOG = LoggerFactory.getLogger(TranscribeCalls.class);
    static final String STAGE = "transcribe";

    private final CallqaConfig config;
    private final RulePack rolePhrases;
    private final Broadcast<Map<String, String>> transcribedAudioHashes;
    private final TranscribeProgress progress;

    /** @param rolePhrases the rule pack whose phrases tell the agent from the customer in mono recordings */
    TranscribeCalls(CallqaConfig config, RulePack rolePhrases, Broadcast<Map<String, String>> transcribedAudioHashes,
            TranscribeProgress progress) {
        this.config = config;
        this.rolePhrases = rolePhrases;
        this.transcribedAudioHashes = transcribedAudioHashes;
        this.progress = progress;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> requests) {
        AudioFetcher fetcher = new AudioFetcher(config.s3());
        Model model = VoskModels.load(ModelLocation.resolve(config.transcription().modelPath()));
        CallTranscriber transcriber = new CallTranscriber(new VoskRecognizer(model),
                config.transcription().ditherLeastSignificantBits(), monoSeparation(model), true);
        CallMetricsCalculator calculator = new CallMetricsCalculator(
                config.metrics().talkGapMillis(), config.metrics().minimumOverlapMillis());
        return Rows.mapLazily(requests, request -> process(request, fetcher, transcriber, calculator));
    }

    /**
     * Mono recordings: voices told apart by the speaker model (loaded once per executor JVM, like the speech model),
     * the agent found by the rule pack's phrases. Without the speaker model on this executor, mono calls keep the
     * role unknown rather than the batch failing.
     */
    private MonoSpeakerSeparation monoSeparation(Model model) {
        SpeakerModel speakerModel;
        try {
            speakerModel = VoskModels.loadSpeakerModel(ModelLocation.resolve(config.transcription().speakerModelPath()));
        } catch (IllegalStateException e) {
            LOG.warn("Cannot separate the voices of mono recordings, their roles stay unknown: {}", e.getMessage());
            return null;
        }
        return MonoSpeakerSeparation.withVosk(model, speakerModel, rolePhrases);
    }

    private Row process(Row request, AudioFetcher fetcher, CallTranscriber transcriber, CallMetricsCalculator calculator) {
        String callId = request.getAs("call_id");
        String audioUri = request.getAs("audio_uri");
        long started = System.nanoTime();
        try {
            byte[] bytes = fetcher.fetch(audioUri);
            String sha256 = DigestUtils.sha256Hex(bytes);
            if (sha256.equals(transcribedAudioHashes.value().get(callId))) {
                progress.callSkipped();
                return TranscriptionOutcome.skipped(callId);
            }
            DecodedAudio audio = new AudioDecoder(config.audio().durationLimit()).decode(bytes);
            Integer manifestChannel = request.getAs("agent_channel");
            int agentChannel = manifestChannel != null ? manifestChannel : config.transcription().defaultAgentChannel();
            CallTranscript transcript = transcriber.transcribe(audio, agentChannel, ByteBuffer.wrap(HexFormat.of().parseHex(sha256)).getLong());
            CallMetrics metrics = calculator.calculate(transcript);
            progress.callTranscribed(audio.durationMillis(), (System.nanoTime() - started) / 1_000_000);
            return TranscriptionOutcome.transcribed(callId,
                    TranscriptionRows.callMetrics(request, audio, agentChannel, sha256, transcript, metrics, modelName(),
                            Timestamp.from(Instant.now())),
                    TranscriptionRows.transcripts(request, transcript, modelName()), truncationWarning(request, audio));
        } catch (AudioFetchException e) {
            return rejected(request, e.reason(), e.getMessage());
        } catch (AudioFormatException e) {
            return rejected(request, e.reason(), e.getMessage() + " (" + audioUri + ")");
        } catch (RuntimeException e) {
            // Unforeseen: keep the call in rejects with the cause, and go on with the batch.
            LOG.warn("Cannot transcribe call {}: {}", callId, e.toString());
            return rejected(request, RejectReason.INTERNAL_ERROR, "Cannot transcribe call: " + e);
        }
    }

    private Row rejected(Row request, RejectReason reason, String message) {
        progress.callRejected();
        return TranscriptionOutcome.rejected(request.getAs("call_id"), rejectRow(reject(request, reason, message)));
    }

    /** A recording cut short is transcribed for what it holds, and listed in rejects as a warning. */
    private static Row truncationWarning(Row request, DecodedAudio audio) {
        return audio.truncation() == null ? null : rejectRow(reject(request, RejectReason.TRUNCATED_AUDIO,
                audio.truncation().message() + " (" + request.getAs("audio_uri") + ")").asWarning());
    }

    private static Reject reject(Row request, RejectReason reason, String message) {
        return new Reject(request.getAs("call_id"), request.getAs("source"), STAGE, reason, message,
                request.getAs("audio_uri"));
    }

    private static Row rejectRow(Reject reject) {
        return RejectRows.of(reject, Timestamp.from(Instant.now()));
    }

    private String modelName() {
        return Path.of(config.transcription().modelPath()).getFileName().toString();
    }
}
