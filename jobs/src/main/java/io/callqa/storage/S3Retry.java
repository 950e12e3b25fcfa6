package io.callqa.storage;

import java.io.Serializable;
import java.time.Duration;

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

    /** The pause before the given attempt (2 or more). */
    Duration pauseBefore(int attempt) {
        return firstPause.multipliedBy(1L << Math.min(attempt - 2, 20));
    }
}
