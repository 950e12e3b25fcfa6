package io.callqa.report;

import java.time.Instant;

/**
 * Where the review queue plays a call's recording from: a link relative to the report folder (a local recording, or
 * the redacted copy written beside the pages) or a pre-signed URL to an {@code s3://} recording.
 *
 * @param expiresAt when a pre-signed URL stops working; null for links that do not expire
 * @param redacted the link plays a copy in which personal data is replaced by a tone
 */
public record RecordingLink(String url, Instant expiresAt, boolean redacted) {
    /** What the page's Content-Security-Policy must allow as a media source for this link. */
    String mediaSource() {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return "'self'";
        }
        int pathStart = url.indexOf('/', schemeEnd + 3);
        return pathStart < 0 ? url : url.substring(0, pathStart);
    }
}
