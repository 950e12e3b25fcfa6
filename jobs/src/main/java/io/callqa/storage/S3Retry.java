package io.callqa.storage;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * How long an S3 outage is waited out for one recording: {@code attempts} in all, the pause doubling from
 * {@code firstPause}. The default waits about 30 s (0.5 + 1 + 2 + 4 + 8 + 16 s), long enough for a store to restart
 * and short enough that a store that stays down turns the batch into rejects, which the next run retries.
 */
public record S3Retry(int attempts, Duration firstPause) implements Serializable {
    public static final S3Retry DEFAULT = new S3Retry(7, Duration.ofMillis(500));

    public S3Retry {
        if (attempts < 1) {
            throw new IllegalArgumentException("Cannot retry S3 reads: attempts must be at least 1, not " + attempts);
        }
    }

    /**
     * The S3 client's retry strategy: a store that is down, restarting or overloaded (no connection, a broken stream,
     * 5xx, 429) is asked again with these pauses; what asking again cannot change (no such object, access denied, no
     * credentials) is a reject at once, so a bad row costs no waiting.
     */
    RetryStrategy strategy() {
        // Without jitter, so that the pauses are the ones above; the ceiling only keeps a doubling pause finite.
        BackoffStrategy doubling = BackoffStrategy.exponentialDelayWithoutJitter(firstPause,
                firstPause.multipliedBy(1L << 20));
        return DefaultRetryStrategy.standardStrategyBuilder()
                .maxAttempts(attempts)
                .retryOnException(S3Retry::isTransient)
                .backoffStrategy(doubling)
                .throttlingBackoffStrategy(doubling)
                // Each recording waits out an outage on its own, rather than drawing on a budget of retries shared
                // by the JVM's tasks that a long outage would use up.
                .circuitBreakerEnabled(false)
                // Exactly the failures of isTransient, without the client adding conditions of its own.
                .useClientDefaults(false)
                .build();
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
}
