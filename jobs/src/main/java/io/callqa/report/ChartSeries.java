package io.callqa.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One line of a line chart: a value per category of the chart, empty (null) where there is none. */
public record ChartSeries(String name, List<Double> values) {
    public ChartSeries {
        // Copied by hand: List.copyOf refuses the nulls that mark gaps.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    long pointCount() {
        return values.stream().filter(value -> value != null && Double.isFinite(value)).count();
    }
}
