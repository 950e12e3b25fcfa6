package io.callqa.audio;

/** Lengths of recordings as people read them in messages: "4 h 12 min", "37.5 s". */
final class Durations {
    private Durations() {}

    static String describe(long millis) {
        if (millis < 60_000) {
            return String.format("%.1f s", millis / 1000.0);
        }
        long minutes = millis / 60_000;
        return minutes < 60 ? String.format("%d min %d s", minutes, millis / 1000 % 60)
                : String.format("%d h %d min", minutes / 60, minutes % 60);
    }
}
