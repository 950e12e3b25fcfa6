package io.callqa.manifest;

import java.util.Map;

/** A row as read from a CSV, JSON lines or Parquet file: column name to text, before validation. */
public record RawRow(int line, Map<String, String> values) {
    public String get(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
