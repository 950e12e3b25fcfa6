package io.callqa.manifest;

/** A manifest or roster that cannot be used at all; thrown before any Spark work starts. */
public final class ManifestException extends RuntimeException {
    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
