package io.callqa.rules;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When in a call a rule's words count: the first or last so many seconds, or the first or last share of the call.
 *
 * @param amount seconds, or a percentage of the call's duration
 */
public record TimeWindow(Edge edge, double amount, Unit unit) implements Serializable {
    public static final TimeWindow WHOLE_CALL = new TimeWindow(Edge.FIRST, 100, Unit.PERCENT);

    private static final Pattern WRITTEN = Pattern.compile(
            "(first|last)\\s+(\\d+(?:\\.\\d+)?)\\s*(seconds?|s|%|percent)", Pattern.CASE_INSENSITIVE);

    public enum Edge {
        FIRST,
        LAST
    }

    public enum Unit {
        SECONDS,
        PERCENT
    }

    public TimeWindow {
        if (!isLength(amount, unit)) {
            throw new IllegalArgumentException("Cannot define a time window: " + amount + " " + unit
                    + " is not a positive duration or a share of at most 100%");
        }
    }

    /** Reads "first 15 seconds", "last 60 s", "first 25%"; empty when {@code text} looks like none of these. */
    public static Optional<TimeWindow> parse(String text) {
        Matcher matcher = WRITTEN.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Edge edge = Edge.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
        double amount = Double.parseDouble(matcher.group(2));
        Unit unit = matcher.group(3).toLowerCase(Locale.ROOT).startsWith("s") ? Unit.SECONDS : Unit.PERCENT;
        return isLength(amount, unit) ? Optional.of(new TimeWindow(edge, amount, unit)) : Optional.empty();
    }

    private static boolean isLength(double amount, Unit unit) {
        return amount > 0 && (unit == Unit.SECONDS || amount <= 100);
    }

    /** Whether words said {@code atMillis} into a call lasting {@code callMillis} fall inside the window. */
    public boolean contains(long atMillis, long callMillis) {
        double lengthMillis = unit == Unit.SECONDS ? amount * 1000 : callMillis * amount / 100;
        return switch (edge) {
            case FIRST -> atMillis <= lengthMillis;
            case LAST -> atMillis >= callMillis - lengthMillis;
        };
    }
}
