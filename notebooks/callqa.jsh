// Shared by the notebooks (%load callqa.jsh): where the tables are, how to read one, and how to show a chart.
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.dflib.*;
import org.dflib.parquet.Parquet;
import org.knowm.xchart.*;
import static org.dflib.Exp.*;
// The kernel's display(...), imported by name so that the methods below can call it too.
import static org.rapaio.jupyter.kernel.global.Global.display;

/**
 * The tables as plain Parquet: $CALLQA_PARQUET (written by ./callqa export --out OUT --format parquet DIR), else
 * out/demo-parquet beside this folder (what ./callqa demo exports). The output root itself holds Iceberg tables, whose
 * folders also keep the files of older snapshots.
 */
Path outputRoot() {
    String configured = System.getenv("CALLQA_PARQUET");
    return (configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "out", "demo-parquet"))
            .toAbsolutePath().normalize();
}

/**
 * Whether dflib-parquet can read a column: plain values and lists of plain values, not structs, maps or lists of
 * structs (reasons, criteria, examples, adherence_by_rule).
 */
boolean readable(org.apache.parquet.schema.Type column) {
    if (column.isPrimitive()) {
        return true;
    }
    var group = column.asGroupType();
    return group.getLogicalTypeAnnotation() instanceof org.apache.parquet.schema.LogicalTypeAnnotation.ListLogicalTypeAnnotation
            && group.getFieldCount() == 1 && !group.getType(0).isPrimitive()
            && group.getType(0).asGroupType().getFieldCount() == 1 && group.getType(0).asGroupType().getType(0).isPrimitive();
}

/**
 * One table of the output root as a DataFrame, with its partition column (call_date=...) as a column too: the named
 * columns, or every column dflib can read (nested ones are left out).
 */
DataFrame table(String name, String... columns) throws Exception {
    Path folder = outputRoot().resolve(name);
    if (!Files.isDirectory(folder)) {
        throw new IllegalStateException("Cannot read table " + name + ": " + folder
                + " does not exist (run ./callqa demo, or set CALLQA_PARQUET to an export of an output root)");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(file -> file.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
    DataFrame result = null;
    for (Path file : files) {
        // Spark keeps partition values in folder names (call_date=2026-11-17), not in the files.
        Map<String, Object> partitions = new LinkedHashMap<>();
        for (Path level = file.getParent(); !level.equals(folder); level = level.getParent()) {
            String[] keyAndValue = level.getFileName().toString().split("=", 2);
            if (keyAndValue.length == 2) {
                partitions.put(keyAndValue[0], keyAndValue[1].matches("\\d{4}-\\d{2}-\\d{2}")
                        ? LocalDate.parse(keyAndValue[1]) : keyAndValue[1]);
            }
        }
        String[] fileColumns = columns.length > 0
                ? Arrays.stream(columns).filter(column -> !partitions.containsKey(column)).toArray(String[]::new)
                : Parquet.loadSchema(file).getFields().stream().filter(column -> readable(column)).map(column -> column.getName())
                        .toArray(String[]::new);
        DataFrame part = Parquet.loader().cols(fileColumns).load(file);
        for (Map.Entry<String, Object> partition : partitions.entrySet()) {
            if (columns.length == 0 || Arrays.asList(columns).contains(partition.getKey())) {
                part = part.cols(partition.getKey()).merge($val(partition.getValue()));
            }
        }
        result = result == null ? part : result.vConcat(part);
    }
    if (result == null) {
        throw new IllegalStateException("Cannot read table " + name + ": " + folder + " holds no Parquet file");
    }
    return result;
}

/** Text for HTML: the tables hold what customers said (redacted), which may look like markup. */
String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
}

/** Shows a DataFrame as an HTML table (values escaped), at most 50 rows. */
void showTable(DataFrame frame) {
    StringBuilder html = new StringBuilder("<table><tr>");
    for (String column : frame.getColumnsIndex()) {
        html.append("<th>").append(escape(column)).append("</th>");
    }
    html.append("</tr>");
    for (int row = 0; row < Math.min(50, frame.height()); row++) {
        html.append("<tr>");
        for (int column = 0; column < frame.width(); column++) {
            Object value = frame.get(column, row);
            html.append("<td>").append(escape(value instanceof Double number ? String.format(Locale.ROOT, "%.3f", number)
                    : String.valueOf(value))).append("</td>");
        }
        html.append("</tr>");
    }
    html.append("</table>");
    if (frame.height() > 50) {
        html.append("<p>").append(frame.height() - 50).append(" more rows</p>");
    }
    display("text/html", html.toString());
}

/** Shows a chart in the notebook as a PNG. */
void show(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    display(BitmapEncoder.getBufferedImage(chart));
}

/** One line per value of seriesColumn (a team, say) over the weeks in dateColumn; empty values leave gaps out. */
XYChart lineChart(String title, DataFrame frame, String seriesColumn, String dateColumn, String valueColumn) {
    XYChart chart = new XYChartBuilder().width(760).height(320).title(title).xAxisTitle("week").build();
    chart.getStyler().setDatePattern("yyyy-MM-dd");
    Map<String, List<Object[]>> points = new TreeMap<>();
    for (int row = 0; row < frame.height(); row++) {
        Object value = frame.get(valueColumn, row);
        if (value instanceof Number number) {
            LocalDate week = (LocalDate) frame.get(dateColumn, row);
            points.computeIfAbsent(String.valueOf(frame.get(seriesColumn, row)), key -> new ArrayList<>())
                    .add(new Object[] {java.util.Date.from(week.atStartOfDay(ZoneOffset.UTC).toInstant()), number});
        }
    }
    points.forEach((series, values) -> {
        values.sort(Comparator.comparing(point -> (java.util.Date) point[0]));
        chart.addSeries(series, values.stream().map(point -> point[0]).toList(),
                values.stream().map(point -> (Number) point[1]).toList());
    });
    return chart;
}

/** A bar per category. */
CategoryChart barChart(String title, List<String> categories, List<? extends Number> values) {
    CategoryChart chart = new CategoryChartBuilder().width(760).height(320).title(title).build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisLabelRotation(30);
    chart.addSeries(title, categories, values);
    return chart;
}

/** The rows of a DataFrame as maps from column to value, for plain Java streams. */
List<Map<String, Object>> rows(DataFrame frame) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int row = 0; row < frame.height(); row++) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String column : frame.getColumnsIndex()) {
            values.put(column, frame.get(column, row));
        }
        rows.add(values);
    }
    return rows;
}

double number(Object value) {
    return value == null ? 0 : ((Number) value).doubleValue();
}
