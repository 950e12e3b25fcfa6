package io.callqa.score;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which figure of a party's sentiment (-1 to +1) a criterion looks at. */
public enum SentimentMeasure {
    /** Mean over the call, weighted by words. */
    MEAN,
    /** The last quarter of the call in which the party spoke: how they left the call. */
    END,
    /** The last quarter with speech minus the first: negative when the party ends worse than they began. */
    SHIFT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SentimentMeasure> fromLabel(String label) {
        return Arrays.stream(values()).filter(measure -> measure.label().equals(label)).findFirst();
    }
}
