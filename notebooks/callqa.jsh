// Shared by the notebooks (%load callqa.jsh): where the tables are, how to read one, and how to show a chart.
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.dflib.*;
import org.dflib.parquet.Parquet;
import org.knowm.xchart.*;
import static org.dflib.Exp.*;

/** The output root: $CALLQA_OUT, else out/demo beside this folder (what ./callqa demo writes). */
Path outputRoot() {
    String configured = System.getenv("CALLQA_OUT");
    return (configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "out", "demo"))
            .toAbsolutePath().normalize();
}

/**
 * One table of the output root as a DataFrame, with its partition column (call_date=...) as a column too. Only flat
 * columns are asked for where a table has nested ones: name them in columns.
 */
DataFrame table(String name, String... columns) throws Exception {
    Path folder = outputRoot().resolve(name);
    if (!Files.isDirectory(folder)) {
        throw new IllegalStateException("Cannot read table " + name + ": " + folder
                + " does not exist (run ./callqa demo, or set CALLQA_OUT to an output root)");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(file -> file.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
    DataFrame result = null;
    for (Path file : files) {
        DataFrame part = columns.length == 0 ? Parquet.load(file) : Parquet.loader().cols(columns).load(file);
        // Spark keeps partition values in folder names (call_date=2026-11-17), not in the files.
        for (Path level = file.getParent(); !level.equals(folder); level = level.getParent()) {
            String[] keyAndValue = level.getFileName().toString().split("=", 2);
            if (keyAndValue.length == 2 && (columns.length == 0 || Arrays.asList(columns).contains(keyAndValue[0]))) {
                part = part.cols(keyAndValue[0]).merge($val(keyAndValue[1]));
            }
        }
        result = result == null ? part : result.vConcat(part);
    }
    if (result == null) {
        throw new IllegalStateException("Cannot read table " + name + ": " + folder + " holds no Parquet file");
    }
    return result;
}

/** Shows a chart in the notebook as a PNG. */
void show(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    display(BitmapEncoder.getBufferedImage(chart));
}
