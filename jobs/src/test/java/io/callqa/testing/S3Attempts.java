package io.callqa.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * Counts the attempts of every S3 object read in this JVM, retries included. The AWS SDK adds this interceptor to every
 * client it builds (the test resource {@code software/amazon/awssdk/global/handlers/execution.interceptors} names it)
 * and calls {@link #beforeTransmission} before each attempt, whether or not the server answers.
 */
public final class S3Attempts implements ExecutionInterceptor {
    private static final Map<String, AtomicInteger> READS = new ConcurrentHashMap<>();

    /** How many times an object, such as {@code s3://bucket/key}, has been asked for so far. */
    public static int of(String uri) {
        AtomicInteger count = READS.get(uri);
        return count == null ? 0 : count.get();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (context.request() instanceof GetObjectRequest read) {
            READS.computeIfAbsent("s3://" + read.bucket() + "/" + read.key(), uri -> new AtomicInteger())
                    .incrementAndGet();
        }
    }
}
