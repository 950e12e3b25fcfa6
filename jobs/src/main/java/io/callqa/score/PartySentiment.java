package io.callqa.score;

import java.io.Serializable;

/** A party's sentiment over one call (from {@code call_sentiment}); any figure is null when the party said nothing. */
public record PartySentiment(Double mean, Double end, Double shift) implements Serializable {
    public static final PartySentiment SILENT = new PartySentiment(null, null, null);

    public Double value(SentimentMeasure measure) {
        return switch (measure) {
            case MEAN -> mean;
            case END -> end;
            case SHIFT -> shift;
        };
    }
}
