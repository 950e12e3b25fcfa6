package io.callqa.manifest;

/** A manifest, roster or verdict file that cannot be used at all; thrown before any Spark work starts. */
public final class ManifestException extends RuntimeException {
    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
