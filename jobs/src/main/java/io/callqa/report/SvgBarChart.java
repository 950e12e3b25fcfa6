package io.callqa.report;

import java.util.List;

/** A horizontal bar chart as inline SVG: one {@code rect.bar} per labelled value, longest bar at full width. */
public final class SvgBarChart {
    private static final int WIDTH = 560;
    private static final int LABEL_WIDTH = 200;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 6;
    private static final int TOP = 28;

    private final String id;
    private final String title;
    private final List<Bar> bars;
    private final ValueFormat format;

    public SvgBarChart(String id, String title, List<Bar> bars, ValueFormat format) {
        this.id = id;
        this.title = title;
        this.bars = List.copyOf(bars);
        this.format = format;
    }

    /** One bar: its label and its value (not negative). */
    public record Bar(String label, double value) {}

    public String render() {
        int height = TOP + Math.max(1, bars.size()) * (BAR_HEIGHT + GAP) + GAP;
        Html svg = new Html();
        svg.open("figure", "class", "chart-figure")
                .open("svg", "class", "chart bar-chart", "data-chart", id, "data-points", Integer.toString(bars.size()),
                        "viewBox", "0 0 " + WIDTH + " " + height, "width", Integer.toString(WIDTH),
                        "height", Integer.toString(height), "role", "img", "aria-label", title)
                .element("text", title, "class", "chart-title", "x", "0", "y", "16");
        if (bars.isEmpty()) {
            svg.element("text", "No data yet", "class", "chart-empty", "x", Integer.toString(WIDTH / 2), "y", "44",
                    "text-anchor", "middle");
        }
        double largest = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        double plotWidth = WIDTH - LABEL_WIDTH - 70;
        for (int index = 0; index < bars.size(); index++) {
            Bar bar = bars.get(index);
            double y = TOP + index * (BAR_HEIGHT + GAP);
            double width = largest <= 0 ? 0 : Math.max(1, plotWidth * bar.value() / largest);
            svg.element("text", bar.label(), "class", "axis-label", "x", Integer.toString(LABEL_WIDTH - 8),
                    "y", SvgLineChart.coordinate(y + BAR_HEIGHT - 5), "text-anchor", "end");
            svg.open("rect", "class", "bar", "x", Integer.toString(LABEL_WIDTH), "y", SvgLineChart.coordinate(y),
                            "width", SvgLineChart.coordinate(width), "height", Integer.toString(BAR_HEIGHT),
                            "fill", SvgLineChart.PALETTE[0])
                    .element("title", bar.label() + ": " + format.format(bar.value()))
                    .close("rect");
            svg.element("text", format.format(bar.value()), "class", "bar-value",
                    "x", SvgLineChart.coordinate(LABEL_WIDTH + width + 6),
                    "y", SvgLineChart.coordinate(y + BAR_HEIGHT - 5));
        }
        return svg.close("svg").close("figure").toString();
    }
}
