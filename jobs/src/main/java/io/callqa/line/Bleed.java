package io.callqa.line;

/**
 * How much of one party's voice a recording's other channel carries, as measured on one call.
 *
 * @param levelDecibels the leaked copy's energy against the source channel's, e.g. -25.0; null when no leak was found
 * @param delayMillis how late the leaked copy arrives; null when no leak was found
 */
public record Bleed(Double levelDecibels, Double delayMillis) {
    public static final Bleed NONE = new Bleed(null, null);

    public boolean detected() {
        return levelDecibels != null;
    }
}
