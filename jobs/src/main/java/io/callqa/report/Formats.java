package io.callqa.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, times and rates read on the pages. */
final class Formats {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Formats() {}

    static String timestamp(Instant instant) {
        return instant == null ? "—" : TIMESTAMP.format(instant);
    }

    /** A position in the recording, m:ss. */
    static String offset(Long milliseconds) {
        if (milliseconds == null) {
            return "";
        }
        long seconds = milliseconds / 1000;
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** A position in the recording in seconds, as a media fragment or a seek takes it. */
    static String seconds(long milliseconds) {
        return String.format(Locale.ROOT, "%.3f", milliseconds / 1000.0);
    }

    static String span(Long startMs, Long endMs) {
        if (startMs == null) {
            return "";
        }
        return endMs == null ? offset(startMs) : offset(startMs) + "–" + offset(endMs);
    }

    static String score(Double score) {
        return score == null ? "—" : String.format(Locale.ROOT, "%.1f", score);
    }

    static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.0f%%", rate * 100);
    }

    static String number(Double value, int decimals) {
        return value == null ? "—" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A change, signed, in the unit of the value; rates change in percentage points. */
    static String change(Double change, boolean rate) {
        if (change == null) {
            return "";
        }
        return rate
                ? String.format(Locale.ROOT, "%+.0f pts", change * 100)
                : String.format(Locale.ROOT, "%+.1f", change);
    }

    static String pValue(double pValue) {
        return pValue < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", pValue);
    }
}
