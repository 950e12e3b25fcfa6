package io.callqa.line;

/**
 * What {@link LineCleaner} did to one channel.
 *
 * @param bleedIn how much of the other channel had leaked into this one
 * @param gainDecibels the gain that brought its speech to the common level (0 when left as it was)
 * @param noiseSuppressed whether steady background noise was filtered out
 */
public record ChannelCleaning(Bleed bleedIn, double gainDecibels, boolean noiseSuppressed) {
    public static final ChannelCleaning UNTOUCHED = new ChannelCleaning(Bleed.NONE, 0, false);

    /** Whether the channel carried another voice or noise that was taken out: words heard in it are suspect. */
    public boolean hadInterference() {
        return bleedIn.detected() || noiseSuppressed;
    }
}
