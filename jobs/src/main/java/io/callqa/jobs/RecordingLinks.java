package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;

import io.callqa.audio.AudioFormatException;
import io.callqa.audio.WavDecoder;
import io.callqa.config.CallqaConfig;
import io.callqa.report.RecordingLink;
import io.callqa.review.PiiTimeSpans;
import io.callqa.review.RedactedRecording;
import io.callqa.review.TimeSpan;
import io.callqa.review.TimedWord;
import io.callqa.storage.AudioFetchException;
import io.callqa.storage.AudioFetcher;
import io.callqa.storage.S3Settings;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Where the review queue plays each queued call from: the recording itself by a link relative to the report folder,
 * an {@code s3://} recording by a pre-signed URL (only when {@code report.s3_link_expiry_minutes} is set), or, with
 * {@code report.redacted_recordings}, a copy written beside the pages in which the personal data is a tone. For that
 * copy the word timings of {@code transcripts} place the redacted words of {@code utterances}; no text of either
 * reaches the pages.
 */
final class RecordingLinks {
    static final String FOLDER = "recordings";
    private static final Logger LOG = LoggerFactory.getLogger(RecordingLinks.class);

    private final CallqaConfig.Report settings;
    private final S3Settings s3;

    RecordingLinks(CallqaConfig.Report settings, S3Settings s3) {
        this.settings = settings;
        this.s3 = s3;
    }

    /**
     * @param reportLocation the report folder; links are relative to it
     * @param writer writes a file (path relative to the report folder) beside the pages
     */
    Map<String, RecordingLink> forCalls(TableStore store, List<String> callIds, String reportLocation,
            BiConsumer<String, byte[]> writer) {
        Map<String, RecordingLink> links = new HashMap<>();
        if (callIds.isEmpty() || !store.exists(Tables.CALL_METRICS.name())) {
            return links;
        }
        Object[] ids = callIds.toArray();
        Map<String, String> recordings = new HashMap<>();
        store.read(Tables.CALL_METRICS.name(), Tables.CALL_METRICS.schema()).where(col("call_id").isin(ids))
                .select("call_id", "audio_uri").collectAsList()
                .forEach(row -> recordings.put(row.getString(0), row.getString(1)));
        if (settings.redactedRecordings()) {
            Map<String, List<TimeSpan>> spans = personalDataSpans(store, ids);
            AudioFetcher fetcher = new AudioFetcher(s3);
            recordings.forEach((callId, audioUri) -> {
                if (!spans.containsKey(callId)) {
                    // Never a "redacted" copy of a call whose redaction is unknown.
                    LOG.warn("Cannot write a redacted copy of call {}'s recording: it has no analyzed utterances", callId);
                    return;
                }
                String file = FOLDER + "/" + callId.replaceAll("[^A-Za-z0-9._-]", "_") + ".wav";
                try {
                    writer.accept(file, RedactedRecording.write(WavDecoder.decode(fetcher.fetch(audioUri)),
                            spans.get(callId)));
                    links.put(callId, new RecordingLink(file, null, true));
                } catch (AudioFetchException | AudioFormatException e) {
                    LOG.warn("Cannot write the redacted copy of call {}'s recording: {}", callId, e.getMessage());
                }
            });
            return links;
        }
        Instant expiry = Instant.now().plus(Duration.ofMinutes(settings.s3LinkExpiryMinutes()));
        try (S3Presigner presigner = settings.s3LinkExpiryMinutes() > 0 && recordings.values().stream()
                .anyMatch(uri -> uri.startsWith("s3://")) ? presigner() : null) {
            recordings.forEach((callId, audioUri) -> {
                if (audioUri.startsWith("s3://")) {
                    if (presigner != null) {
                        links.put(callId, new RecordingLink(presign(presigner, URI.create(audioUri.replace(" ", "%20"))),
                                expiry, false));
                    }
                } else {
                    relativeLink(reportLocation, audioUri).ifPresent(link ->
                            links.put(callId, new RecordingLink(link, null, false)));
                }
            });
        }
        return links;
    }

    /**
     * The time spans of each call's redacted words, from the timed words and the redacted text of each utterance; a
     * call without analyzed utterances has no entry.
     */
    private static Map<String, List<TimeSpan>> personalDataSpans(TableStore store, Object[] callIds) {
        Map<String, List<TimeSpan>> spans = new HashMap<>();
        if (!store.exists(Tables.TRANSCRIPTS.name()) || !store.exists(Tables.UTTERANCES.name())) {
            return spans;
        }
        store.read(Tables.TRANSCRIPTS.name(), Tables.TRANSCRIPTS.schema()).where(col("call_id").isin(callIds))
                .select("call_id", "utterance_index", "words")
                .join(store.read(Tables.UTTERANCES.name(), Tables.UTTERANCES.schema()).select(
                        col("call_id"), col("utterance_index"), col("text").as("redacted_text")),
                        new String[] {"call_id", "utterance_index"})
                .collectAsList()
                .forEach(row -> {
                    List<TimedWord> words = new ArrayList<>();
                    for (Row word : row.<Row>getList(row.fieldIndex("words"))) {
                        words.add(new TimedWord(word.getString(0), word.getLong(1), word.getLong(2)));
                    }
                    spans.computeIfAbsent(row.getString(0), ignored -> new ArrayList<>())
                            .addAll(PiiTimeSpans.find(words, row.getString(row.fieldIndex("redacted_text"))));
                });
        return spans;
    }

    private S3Presigner presigner() {
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(Region.of(s3.region()))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build());
        if (!s3.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        return builder.build();
    }

    private String presign(S3Presigner presigner, URI recording) {
        return presigner.presignGetObject(request -> request
                        .signatureDuration(Duration.ofMinutes(settings.s3LinkExpiryMinutes()))
                        .getObjectRequest(get -> get.bucket(recording.getHost()).key(recording.getPath().substring(1))))
                .url().toString();
    }

    /** The recording's path relative to a local report folder, as a URL path; none when the report is elsewhere. */
    private static Optional<String> relativeLink(String reportLocation, String audioUri) {
        if (reportLocation.contains("://") && !reportLocation.startsWith("file:")) {
            return Optional.empty();
        }
        Path report = localPath(reportLocation);
        Path recording = localPath(audioUri);
        String relative = report.relativize(recording).toString().replace('\\', '/');
        try {
            return Optional.of(new URI(null, null, relative, null).getRawPath());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot link recording " + audioUri + ": " + e.getMessage(), e);
        }
    }

    private static Path localPath(String location) {
        Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        return path.toAbsolutePath().normalize();
    }
}
