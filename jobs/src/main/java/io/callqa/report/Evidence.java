package io.callqa.report;

/** Where in the recording something was heard, and the redacted words; every part may be missing. */
public record Evidence(Long startMs, Long endMs, String text) {
    public static final Evidence NONE = new Evidence(null, null, null);

    public boolean isPresent() {
        return startMs != null || (text != null && !text.isBlank());
    }
}
