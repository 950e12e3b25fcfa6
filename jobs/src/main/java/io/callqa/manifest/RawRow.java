package io.callqa.manifest;

import java.util.Map;
import java.util.Optional;

/** A row as read from a CSV, JSON lines or Parquet file: column name to text, before validation. */
public record RawRow(int line, Map<String, String> values) {
    /** Why the row could not be read into columns (a CSV row with too few or too many fields), if it could not. */
    public Optional<String> unreadable() {
        return Optional.ofNullable(values.get(RowValidation.UNPARSEABLE));
    }

    public String get(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
