package io.callqa.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as inline SVG: one line per series over shared categories (weeks), a marker per value. Each marker is a
 * {@code circle.point} with a tooltip, so a reader can hover for the exact value and a test can count what was drawn.
 * Missing values leave a gap in the line rather than a misleading zero.
 */
public final class SvgLineChart {
    static final String[] PALETTE = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#666666", "#f0e442"};
    private static final int WIDTH = 560;
    private static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 40;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;

    private final String id;
    private final String title;
    private final List<String> categories;
    private final List<ChartSeries> series;
    private final ValueFormat format;

    public SvgLineChart(String id, String title, List<String> categories, List<ChartSeries> series, ValueFormat format) {
        for (ChartSeries line : series) {
            if (line.values().size() != categories.size()) {
                throw new IllegalArgumentException("Cannot draw chart " + id + ": series " + line.name() + " has "
                        + line.values().size() + " values for " + categories.size() + " categories");
            }
        }
        this.id = id;
        this.title = title;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.format = format;
    }

    public long pointCount() {
        return series.stream().mapToLong(ChartSeries::pointCount).sum();
    }

    public String render() {
        Html svg = new Html();
        svg.open("figure", "class", "chart-figure")
                .open("svg", "class", "chart line-chart", "data-chart", id, "data-points", Long.toString(pointCount()),
                        "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", Integer.toString(WIDTH),
                        "height", Integer.toString(HEIGHT), "role", "img", "aria-label", title)
                .element("text", title, "class", "chart-title", "x", Integer.toString(LEFT), "y", "16");
        if (pointCount() == 0) {
            svg.element("text", "No data yet", "class", "chart-empty", "x", Integer.toString(WIDTH / 2),
                    "y", Integer.toString(HEIGHT / 2), "text-anchor", "middle");
            return svg.close("svg").close("figure").toString();
        }
        Scale scale = Scale.of(series, format);
        drawAxes(svg, scale);
        for (int index = 0; index < series.size(); index++) {
            drawSeries(svg, series.get(index), PALETTE[index % PALETTE.length], scale);
        }
        svg.close("svg");
        drawLegend(svg);
        return svg.close("figure").toString();
    }

    private void drawAxes(Html svg, Scale scale) {
        for (double tick : scale.ticks()) {
            String y = coordinate(y(tick, scale));
            svg.open("line", "class", "grid", "x1", Integer.toString(LEFT), "x2", Integer.toString(WIDTH - RIGHT),
                    "y1", y, "y2", y).close("line");
            svg.element("text", format.format(tick), "class", "axis-label", "x", Integer.toString(LEFT - 6),
                    "y", coordinate(y(tick, scale) + 4), "text-anchor", "end");
        }
        int step = Math.max(1, (int) Math.ceil(categories.size() / 8.0));
        for (int index = 0; index < categories.size(); index += step) {
            svg.element("text", categories.get(index), "class", "axis-label", "x", coordinate(x(index)),
                    "y", Integer.toString(HEIGHT - BOTTOM + 16), "text-anchor", "middle");
        }
    }

    private void drawSeries(Html svg, ChartSeries line, String colour, Scale scale) {
        List<String> segment = new ArrayList<>();
        for (int index = 0; index <= line.values().size(); index++) {
            Double value = index < line.values().size() ? line.values().get(index) : null;
            if (value == null || !Double.isFinite(value)) {
                if (segment.size() > 1) {
                    svg.open("polyline", "class", "series-line", "points", String.join(" ", segment),
                            "stroke", colour).close("polyline");
                }
                segment.clear();
                continue;
            }
            segment.add(coordinate(x(index)) + "," + coordinate(y(value, scale)));
        }
        for (int index = 0; index < line.values().size(); index++) {
            Double value = line.values().get(index);
            if (value != null && Double.isFinite(value)) {
                svg.open("circle", "class", "point", "data-series", line.name(), "cx", coordinate(x(index)),
                                "cy", coordinate(y(value, scale)), "r", "3.5", "fill", colour)
                        .element("title", line.name() + ", " + categories.get(index) + ": " + format.format(value))
                        .close("circle");
            }
        }
    }

    private void drawLegend(Html html) {
        html.open("figcaption", "class", "legend");
        for (int index = 0; index < series.size(); index++) {
            html.open("span", "class", "legend-item")
                    .open("span", "class", "swatch", "style", "background:" + PALETTE[index % PALETTE.length])
                    .close("span")
                    .text(series.get(index).name())
                    .close("span");
        }
        html.close("figcaption");
    }

    private double x(int index) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        return categories.size() == 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * index / (categories.size() - 1);
    }

    private static double y(double value, Scale scale) {
        double plotHeight = HEIGHT - TOP - BOTTOM;
        return TOP + plotHeight * (scale.maximum() - value) / (scale.maximum() - scale.minimum());
    }

    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * The value range of the plot, on round ticks: rates from 0 to 100 %, other measures from zero (or below, for
     * negative values such as sentiment) to a little above the largest value.
     */
    private record Scale(double minimum, double maximum, double step) {
        static Scale of(List<ChartSeries> series, ValueFormat format) {
            double minimum = Double.POSITIVE_INFINITY;
            double maximum = Double.NEGATIVE_INFINITY;
            for (ChartSeries line : series) {
                for (Double value : line.values()) {
                    if (value != null && Double.isFinite(value)) {
                        minimum = Math.min(minimum, value);
                        maximum = Math.max(maximum, value);
                    }
                }
            }
            if (format == ValueFormat.PERCENT && minimum >= 0 && maximum <= 1) {
                return new Scale(0, 1, 0.25);
            }
            double lower = Math.min(0, minimum);
            double upper = Math.max(0, maximum);
            if (upper - lower < 1e-9) {
                upper = lower + 1;
            }
            double step = niceStep((upper - lower) / 4);
            return new Scale(Math.floor(lower / step) * step, Math.ceil(upper / step) * step, step);
        }

        private static double niceStep(double rough) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
            for (double multiple : new double[] {1, 2, 2.5, 5}) {
                if (multiple * magnitude >= rough) {
                    return multiple * magnitude;
                }
            }
            return 10 * magnitude;
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (double tick = minimum; tick <= maximum + step / 2; tick += step) {
                ticks.add(Math.abs(tick) < step / 1000 ? 0 : tick);
            }
            return ticks;
        }
    }
}
