package io.callqa.report;

import java.util.Locale;
import java.util.function.DoubleFunction;

/** How a chart labels its values. */
public enum ValueFormat {
    PERCENT(value -> String.format(Locale.ROOT, "%.0f%%", value * 100)),
    SCORE(value -> String.format(Locale.ROOT, "%.0f", value)),
    DECIMAL(value -> String.format(Locale.ROOT, "%.2f", value)),
    SECONDS(value -> String.format(Locale.ROOT, "%.0f s", value)),
    COUNT(value -> String.format(Locale.ROOT, "%.0f", value));

    private final DoubleFunction<String> format;

    ValueFormat(DoubleFunction<String> format) {
        this.format = format;
    }

    String format(double value) {
        return format.apply(value);
    }
}
