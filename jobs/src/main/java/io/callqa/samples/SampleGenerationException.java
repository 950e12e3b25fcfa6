package io.callqa.samples;

/** Sample calls cannot be made: speech synthesis failed or a script cannot be laid out. */
public class SampleGenerationException extends RuntimeException {
    public SampleGenerationException(String message) {
        super(message);
    }

    public SampleGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
