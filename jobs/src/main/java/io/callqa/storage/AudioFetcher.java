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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    private final S3Settings s3Settings;

    public AudioFetcher(S3Settings s3Settings) {
        this.s3Settings = s3Settings;
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

    private byte[] fetchFromS3(URI uri) throws AudioFetchException {
        String bucket = uri.getHost();
        String key = uri.getPath().substring(1);
        GetObjectRequest request = GetObjectRequest.builder().bucket(bucket).key(key).build();
        try (InputStream body = client().getObject(request)) {
            return body.readNBytes((int) Math.min(MAX_AUDIO_BYTES, Integer.MAX_VALUE - 8));
        } catch (NoSuchKeyException | NoSuchBucketException e) {
            throw new AudioFetchException(AUDIO_NOT_FOUND, "Cannot read audio " + uri + ": no such object", e);
        } catch (S3Exception e) {
            throw new AudioFetchException(AUDIO_UNREADABLE, "Cannot read audio " + uri + ": S3 answered "
                    + e.statusCode() + " " + e.awsErrorDetails().errorCode(), e);
        } catch (SdkException | IOException e) {
            throw new AudioFetchException(AUDIO_UNREADABLE, "Cannot read audio " + uri + ": " + e.getMessage(), e);
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
