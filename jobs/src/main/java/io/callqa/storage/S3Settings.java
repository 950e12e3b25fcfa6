package io.callqa.storage;

import java.io.Serializable;

/**
 * Where S3 audio is read from. Credentials never appear here: they come from the AWS default credential chain
 * (environment, profile, instance role).
 *
 * @param endpoint empty for AWS itself, else the URL of an S3-compatible store such as {@code http://127.0.0.1:9000}
 */
public record S3Settings(String endpoint, String region, boolean pathStyle) implements Serializable {
    public static final S3Settings AWS_DEFAULT = new S3Settings("", "us-east-1", false);
}
