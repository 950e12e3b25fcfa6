package io.callqa.score;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Draws a fixed share of calls at random, repeatably: whether a call is drawn depends only on the seed and its id, so
 * re-scoring history or adding calls never changes who was sampled before.
 */
public final class CalibrationSample {
    private final double share;
    private final long seed;

    public CalibrationSample(double share, long seed) {
        this.share = share;
        this.seed = seed;
    }

    public boolean includes(String callId) {
        return share > 0 && uniform(seed + ":" + callId) < share;
    }

    /** A number in [0, 1) from the first 53 bits of a SHA-256: uniform enough, and the same on every JVM. */
    static double uniform(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int index = 0; index < 7; index++) {
                bits = (bits << 8) | (digest[index] & 0xff);
            }
            return (bits >>> 3) / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot draw the calibration sample: this JVM has no SHA-256", e);
        }
    }
}
