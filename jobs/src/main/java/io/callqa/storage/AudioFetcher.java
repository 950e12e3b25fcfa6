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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.RetryableException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
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
    private static final Map<ClientSettings, S3Client> CLIENTS = new ConcurrentHashMap<>();
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
     * Reads an S3 object, waiting out an outage as {@link S3Retry} says: the client's retry strategy asks again, and
     * nothing here does, so a failure is never retried twice. The body is read inside the request, so that a stream
     * broken halfway is asked again too.
     */
    private byte[] fetchFromS3(URI uri) throws AudioFetchException {
        String bucket = uri.getHost();
        String key = uri.getPath().substring(1);
        GetObjectRequest request = GetObjectRequest.builder().bucket(bucket).key(key).build();
        try {
            return client().getObject(request, (response, body) -> readBody(body));
        } catch (NoSuchKeyException | NoSuchBucketException e) {
            throw new AudioFetchException(AUDIO_NOT_FOUND, "Cannot read audio " + uri + ": no such object", e);
        } catch (S3Exception e) {
            throw new AudioFetchException(AUDIO_UNREADABLE, "Cannot read audio " + uri + ": S3 answered "
                    + e.statusCode() + " " + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode()), e);
        } catch (SdkException e) {
            throw new AudioFetchException(AUDIO_UNREADABLE, "Cannot read audio " + uri + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readBody(InputStream body) {
        try {
            return body.readNBytes((int) Math.min(MAX_AUDIO_BYTES, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw RetryableException.create("Cannot read the object's body: " + e.getMessage(), e);
        }
    }

    private S3Client client() {
        return CLIENTS.computeIfAbsent(new ClientSettings(s3Settings, retry), settings -> {
            var builder = S3Client.builder()
                    .httpClientBuilder(ApacheHttpClient.builder())
                    .region(Region.of(settings.s3().region()))
                    .forcePathStyle(settings.s3().pathStyle())
                    .overrideConfiguration(configuration -> configuration
                            .retryStrategy(settings.retry().strategy())
                            .addExecutionInterceptor(new RetryWarning(settings.retry().attempts())));
            if (!settings.s3().endpoint().isBlank()) {
                builder.endpointOverride(URI.create(settings.s3().endpoint()));
            }
            return builder.build();
        });
    }

    private record ClientSettings(S3Settings s3, S3Retry retry) {}

    /** Says in the log when a read is asked again, which the SDK's retries do not say above DEBUG. */
    private static final class RetryWarning implements ExecutionInterceptor {
        private static final ExecutionAttribute<Integer> ATTEMPT = new ExecutionAttribute<>("callqa.attempt");

        private final int attempts;

        RetryWarning(int attempts) {
            this.attempts = attempts;
        }

        /** Called before each attempt; the attributes are the request's, shared by its attempts. */
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            int attempt = Optional.ofNullable(attributes.getAttribute(ATTEMPT)).orElse(0) + 1;
            attributes.putAttribute(ATTEMPT, attempt);
            if (attempt > 1) {
                LOG.warn("Cannot read {} yet: asking again (attempt {} of {})", context.httpRequest().getUri(),
                        attempt, attempts);
            }
        }
    }
}
