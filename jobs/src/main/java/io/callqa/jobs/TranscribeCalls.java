package io.callqa.jobs;

import io.callqa.audio.AudioDecoder;
import io.callqa.audio.AudioFormatException;
import io.callqa.audio.DecodedAudio;
import io.callqa.config.CallqaConfig;
import io.callqa.rejects.RejectReason;
import io.callqa.rules.RulePack;
import io.callqa.storage.AudioFetchException;
import io.callqa.storage.AudioFetcher;
import io.callqa.transcribe.CallMetrics;
import io.callqa.transcribe.CallMetricsCalculator;
import io.callqa.transcribe.CallTranscriber;
import io.callqa.transcribe.CallTranscript;
import io.callqa.transcribe.MonoSpeakerSeparation;
import io.callqa.transcribe.Utterance;
import io.callqa.transcribe.VoskModels;
import io.callqa.transcribe.VoskRecognizer;
import io.callqa.transcribe.Word;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
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
        List<Row> outcomes = new ArrayList<>();
        while (requests.hasNext()) {
            outcomes.add(process(requests.next(), fetcher, transcriber, calculator));
        }
        return outcomes.iterator();
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
            String sha256 = sha256(bytes);
            if (sha256.equals(transcribedAudioHashes.value().get(callId))) {
                progress.callSkipped();
                return RowFactory.create(callId, TranscriptionOutcome.SKIPPED, null, null, null);
            }
            DecodedAudio audio = new AudioDecoder(config.audio().durationLimit()).decode(bytes);
            Integer manifestChannel = request.getAs("agent_channel");
            int agentChannel = manifestChannel != null ? manifestChannel : config.transcription().defaultAgentChannel();
            CallTranscript transcript = transcriber.transcribe(audio, agentChannel, ByteBuffer.wrap(HexFormat.of().parseHex(sha256)).getLong());
            CallMetrics metrics = calculator.calculate(transcript);
            progress.callTranscribed(audio.durationMillis(), (System.nanoTime() - started) / 1_000_000);
            return RowFactory.create(callId, TranscriptionOutcome.TRANSCRIBED,
                    metricsRow(request, audio, agentChannel, sha256, transcript, metrics),
                    Rows.seq(utteranceRows(request, transcript)), truncationWarning(request, audio));
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
        return RowFactory.create(request.getAs("call_id"), TranscriptionOutcome.REJECTED, null, null,
                rejectRow(request, reason, message, false));
    }

    /** A recording cut short is transcribed for what it holds, and listed in rejects as a warning. */
    private static Row truncationWarning(Row request, DecodedAudio audio) {
        return audio.truncation() == null ? null : rejectRow(request, RejectReason.TRUNCATED_AUDIO,
                audio.truncation().message() + " (" + request.getAs("audio_uri") + ")", true);
    }

    private static Row rejectRow(Row request, RejectReason reason, String message, boolean warning) {
        return RowFactory.create(request.getAs("call_id"), request.getAs("source"), reason.name(), message,
                request.getAs("audio_uri"), warning, Timestamp.from(Instant.now()), STAGE);
    }

    private String modelName() {
        return Path.of(config.transcription().modelPath()).getFileName().toString();
    }

    private Row metricsRow(Row request, DecodedAudio audio, Integer agentChannel, String sha256,
            CallTranscript transcript, CallMetrics metrics) {
        boolean stereo = audio.channelCount() == 2;
        return RowFactory.create(
                request.getAs("call_id"),
                request.getAs("agent_id"),
                request.getAs("started_at"),
                request.getAs("direction"),
                request.getAs("queue"),
                request.getAs("customer_id"),
                request.getAs("audio_uri"),
                sha256,
                audio.encoding(),
                audio.sampleRate(),
                audio.channelCount(),
                stereo ? agentChannel : null,
                transcript.separation().method(),
                transcript.separation().voices(),
                metrics.durationMillis(),
                metrics.talkMillis(),
                metrics.agentTalkMillis(),
                metrics.customerTalkMillis(),
                metrics.nonTalkMillis(),
                metrics.longestSilenceMillis(),
                metrics.longestSilenceStartMillis(),
                metrics.overtalkMillis(),
                metrics.overtalkCount(),
                metrics.agentInterruptions(),
                metrics.customerInterruptions(),
                metrics.words(),
                metrics.agentWords(),
                metrics.customerWords(),
                metrics.agentWordsPerMinute(),
                metrics.customerWordsPerMinute(),
                metrics.holdMillis(),
                stereo ? transcript.line().channel(agentChannel).bleedIn().levelDecibels() : null,
                stereo ? transcript.line().channel(agentChannel).bleedIn().delayMillis() : null,
                stereo ? transcript.line().channel(1 - agentChannel).bleedIn().levelDecibels() : null,
                stereo ? transcript.line().channel(1 - agentChannel).bleedIn().delayMillis() : null,
                stereo ? transcript.line().channel(agentChannel).gainDecibels() : null,
                stereo ? transcript.line().channel(1 - agentChannel).gainDecibels() : null,
                transcript.utterances().size(),
                modelName(),
                Timestamp.from(Instant.now()),
                request.getAs("call_date"));
    }

    private List<Row> utteranceRows(Row request, CallTranscript transcript) {
        List<Row> rows = new ArrayList<>();
        List<Utterance> utterances = transcript.utterances();
        for (int index = 0; index < utterances.size(); index++) {
            Utterance utterance = utterances.get(index);
            List<Row> words = utterance.words().stream()
                    .map(word -> RowFactory.create(word.text(), word.startMillis(), word.endMillis(), word.confidence()))
                    .toList();
            rows.add(RowFactory.create(request.getAs("call_id"), index, utterance.role().label(),
                    utterance.roleConfidence(), utterance.channel(),
                    utterance.startMillis(), utterance.endMillis(), utterance.text(), utterance.confidence(),
                    Rows.seq(words), modelName(), request.getAs("call_date")));
        }
        return rows;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash audio: SHA-256 is missing from this JVM", e);
        }
    }
}
