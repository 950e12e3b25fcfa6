package io.callqa.storage;

import static io.callqa.rejects.RejectReason.AUDIO_NOT_FOUND;
import static io.callqa.rejects.RejectReason.AUDIO_UNREADABLE;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads a recording's bytes from a local path or from S3. S3 objects are streamed into memory (a call is a few
 * megabytes), never copied to local disk. One S3 client per JVM and settings, shared by all tasks.
 */
public final class AudioFetcher {
    /** Recordings larger than this are refused rather than risking an executor's memory. */
    private static final long MAX_AUDIO_BYTES = 1L << 30;
    private static final Map<S3Settings, S3Client> CLIENTS = new ConcurrentHashMap<>();
    private static final Logger LOG = LoggerFactory.getLogger(AudioFetcher.class);

    private final S3Settings s3Settings;
    private final S3Retry retry;

    public AudioFetcher(S3Settings s3Settings) {
        this(s3Settings, S3Retry.DEFAULT);
    }

    public AudioFetcher(S3Settings s3Settings, S3Retry retry) {
        this.s3Settings = s3Settings;
        this.retry = retry;
    }

    public byte[] fetch(String audioUri) throws AudioFetchException {
        return audioUri.startsWith("s3://") ? fetchFromS3(URI.create(audioUri.replace(" ", "%20"))) : fetchLocal(Path.of(audioUri));
    }

    private static byte[] fetchLocal(Path path) throws AudioFetchException {
        try {
            if (Files.isDirectory(path)) {
                throw new AudioFetchException(AUDIO_UNREADABLE, "Cannot read audio " + path + ": it is a folder", null);
            }
            if (Files.size(path) > MAX_AUDIO_BYTES) {
                throw new AudioFetchException(AUDIO_UNREADABLE,
                        "Cannot read audio " + path + ": larger than " + MAX_AUDIO_BYTES + " bytes", null);
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new AudioFetchException(AUDIO_NOT_FOUND, "Cannot read audio " + path + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new AudioFetchException(AUDIO_UNREADABLE, "Cannot read audio " + path + ": permission denied", e);
        } catch (IOException e) {
            throw new AudioFetchException(AUDIO_UNREADABLE, "Cannot read audio " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads an S3 object, waiting out an outage: a store that is down, restarting or overloaded (no connection, a
     * broken stream, 5xx, 429) is asked again with growing pauses. What asking again cannot change (no such object,
     * access denied, no credentials) is a reject at once, so a bad row costs no waiting.
     */
    private byte[] fetchFromS3(URI uri) throws AudioFetchException {
        for (int attempt = 1; ; attempt++) {
            try {
                return fetchFromS3Once(uri);
            } catch (AudioFetchException e) {
                if (!isTransient(e.getCause()) || attempt >= retry.attempts()) {
                    throw e;
                }
                Duration pause = retry.pauseBefore(attempt + 1);
                LOG.warn("Cannot read audio {} yet (attempt {} of {}): {}; asking again in {} ms", uri, attempt,
                        retry.attempts(), e.getCause().toString(), pause.toMillis());
                sleep(pause, e);
            }
        }
    }

    private byte[] fetchFromS3Once(URI uri) throws AudioFetchException {
        String bucket = uri.getHost();
        String key = uri.getPath().substring(1);
        GetObjectRequest request = GetObjectRequest.builder().bucket(bucket).key(key).build();
        try (InputStream body = client().getObject(request)) {
            return body.readNBytes((int) Math.min(MAX_AUDIO_BYTES, Integer.MAX_VALUE - 8));
        } catch (NoSuchKeyException | NoSuchBucketException e) {
            throw new AudioFetchException(AUDIO_NOT_FOUND, "Cannot read audio " + uri + ": no such object", e);
        } catch (S3Exception e) {
            throw new AudioFetchException(AUDIO_UNREADABLE, "Cannot read audio " + uri + ": S3 answered "
                    + e.statusCode() + " " + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode()), e);
        } catch (SdkException | IOException e) {
            throw new AudioFetchException(AUDIO_UNREADABLE, "Cannot read audio " + uri + ": " + e.getMessage(), e);
        }
    }

    /** An outage rather than a bad request: worth asking again. */
    static boolean isTransient(Throwable failure) {
        if (failure instanceof S3Exception answered) {
            return answered.statusCode() >= 500 || answered.statusCode() == 429;
        }
        // A client-side failure is transient when the network failed (connection refused or reset, time-out); missing
        // credentials or a malformed request are client-side failures too, and permanent.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration pause, AudioFetchException failure) throws AudioFetchException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private S3Client client() {
        return CLIENTS.computeIfAbsent(s3Settings, settings -> {
            var builder = S3Client.builder()
                    .httpClientBuilder(ApacheHttpClient.builder())
                    .region(Region.of(settings.region()))
                    .forcePathStyle(settings.pathStyle());
            if (!settings.endpoint().isBlank()) {
                builder.endpointOverride(URI.create(settings.endpoint()));
            }
            return builder.build();
        });
    }
}
