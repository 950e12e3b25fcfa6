package io.callqa.score;

import org.apache.commons.codec.digest.DigestUtils;

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
        byte[] digest = DigestUtils.sha256(text);
        long bits = 0;
        for (int index = 0; index < 7; index++) {
            bits = (bits << 8) | (digest[index] & 0xff);
        }
        return (bits >>> 3) / (double) (1L << 53);
    }
}
