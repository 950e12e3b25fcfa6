package io.callqa.speakers;

import java.util.List;

/**
 * A voice fingerprint: the speaker model's x-vector of a stretch of speech, scaled to unit length so that the dot
 * product of two is their cosine similarity (1 for the same direction, about 0 for unrelated voices).
 */
public record Voiceprint(float[] values) {
    public Voiceprint {
        double norm = 0;
        for (float value : values) {
            norm += (double) value * value;
        }
        if (values.length == 0 || norm == 0) {
            throw new IllegalArgumentException("Cannot make a voiceprint: the vector is empty or zero");
        }
        float[] unit = new float[values.length];
        double scale = 1 / Math.sqrt(norm);
        for (int index = 0; index < values.length; index++) {
            unit[index] = (float) (values[index] * scale);
        }
        values = unit;
    }

    @Override
    public float[] values() {
        return values.clone();
    }

    public double similarity(Voiceprint other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("Cannot compare voiceprints of " + values.length + " and "
                    + other.values.length + " dimensions");
        }
        double dot = 0;
        for (int index = 0; index < values.length; index++) {
            dot += (double) values[index] * other.values[index];
        }
        return dot;
    }

    /** The direction of a set of voiceprints, each counted by its weight (its speech time). */
    static Voiceprint centroid(List<Voiceprint> voiceprints, List<Long> weights) {
        float[] sum = new float[voiceprints.get(0).values.length];
        for (int item = 0; item < voiceprints.size(); item++) {
            float[] values = voiceprints.get(item).values;
            for (int index = 0; index < sum.length; index++) {
                sum[index] += values[index] * weights.get(item);
            }
        }
        return new Voiceprint(sum);
    }
}
