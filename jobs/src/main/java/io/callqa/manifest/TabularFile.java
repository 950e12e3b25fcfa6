package io.callqa.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a small table (a manifest or a roster) as text columns: CSV with a header, JSON lines, or Parquet.
 * Parquet needs Spark, so the caller passes a reader for it; CSV and JSON lines are read without Spark so that a
 * bad file fails before any Spark work.
 */
public final class TabularFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * RFC 4180 (fields separated by commas, optionally quoted, quotes doubled inside quotes), read leniently as people
     * write it: a blank line is a record (skipped below, keeping every row's line number), text after a closing quote
     * belongs to the field, and a quote left open runs to the end of the file.
     */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .setLenientEof(true)
            .get();

    /** What was read: the columns present (in order) and the rows. */
    public record Contents(Set<String> columns, List<RawRow> rows) {}

    private TabularFile() {}

    public static Contents read(Path file, Function<Path, Contents> parquetReader) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!Files.exists(file)) {
            throw new ManifestException("Cannot read " + file + ": the file does not exist");
        }
        try {
            if (name.endsWith(".parquet") || Files.isDirectory(file)) {
                return parquetReader.apply(file);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
                return readJsonLines(file, text);
            }
            if (name.endsWith(".csv")) {
                return readCsv(file, text);
            }
        } catch (IOException e) {
            throw new ManifestException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        throw new ManifestException("Cannot read " + file
                + ": unknown file type; use .csv, .jsonl or .parquet");
    }

    private static Contents readJsonLines(Path file, String text) {
        Set<String> columns = new LinkedHashSet<>();
        List<RawRow> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNumber = index + 1;
            Map<String, String> values = new LinkedHashMap<>();
            try {
                JsonNode node = JSON.readTree(line);
                if (node == null || !node.isObject()) {
                    throw new ManifestException("Cannot read " + file + " line " + lineNumber
                            + ": expected one JSON object per line");
                }
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    columns.add(field.getKey());
                    values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
                }
            } catch (IOException e) {
                // A malformed line is one bad row, not a bad file: keep it so it ends up in rejects.
                values.put(RowValidation.UNPARSEABLE, "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            rows.add(new RawRow(lineNumber, values));
        }
        return new Contents(columns, rows);
    }

    private static Contents readCsv(Path file, String text) throws IOException {
        List<String> header = null;
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSV)) {
            int line = 1;
            for (CSVRecord record : parser) {
                int recordLine = line;
                // The parser has read up to the end of this record: the next one starts on the following line.
                line = (int) parser.getCurrentLineNumber() + 1;
                if (header == null) {
                    header = record.stream().map(String::strip).toList();
                } else if (record.size() != 1 || !record.get(0).isBlank()) {
                    rows.add(row(header, record, recordLine));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (header == null) {
            throw new ManifestException("Cannot read " + file + ": the file is empty; expected a header row");
        }
        return new Contents(new LinkedHashSet<>(header), rows);
    }

    private static RawRow row(List<String> header, CSVRecord record, int line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int column = 0; column < header.size(); column++) {
            values.put(header.get(column), column < record.size() ? record.get(column) : null);
        }
        if (record.size() != header.size()) {
            values.put(RowValidation.UNPARSEABLE, "expected " + header.size() + " fields, found " + record.size());
        }
        return new RawRow(line, values);
    }
}
