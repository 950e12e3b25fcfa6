package io.callqa.review;

import io.callqa.manifest.ManifestException;
import io.callqa.manifest.RawRow;
import io.callqa.manifest.TabularFile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the verdicts file the review queue page exports ({@code call_id, item_kind, item_id, automatic_answer, verdict,
 * note, reviewer, reviewed_at}). A file with any bad row is refused as a whole, naming every bad row by file and line:
 * a reviewer fixes the file and imports it again, rather than finding half of it loaded.
 */
public final class VerdictCsvReader {
    public static final List<String> COLUMNS = List.of(
            "call_id", "item_kind", "item_id", "automatic_answer", "verdict", "note", "reviewer", "reviewed_at");
    private static final List<String> REQUIRED = List.of("call_id", "item_kind", "item_id", "verdict", "reviewed_at");
    private static final int ERRORS_SHOWN = 20;

    private VerdictCsvReader() {}

    public static List<ReviewVerdict> read(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new ManifestException("Cannot import verdicts from " + file + ": expected the .csv file the review "
                    + "queue page exports");
        }
        TabularFile.Contents contents = TabularFile.read(file, parquet -> {
            throw new IllegalStateException("a .csv file is not Parquet");
        });
        List<String> missing = COLUMNS.stream().filter(column -> !contents.columns().contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new ManifestException("Cannot import verdicts from " + file + ": missing columns " + missing
                    + "; expected the header " + String.join(",", COLUMNS));
        }
        List<ReviewVerdict> verdicts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, Integer> lineOfItem = new HashMap<>();
        for (RawRow row : contents.rows()) {
            String where = file.getFileName() + ":" + row.line();
            Optional<String> problem = row.unreadable().or(() -> problem(row));
            if (problem.isPresent()) {
                errors.add(file + " line " + row.line() + ": " + problem.get());
                continue;
            }
            ReviewVerdict verdict = new ReviewVerdict(row.get("call_id"),
                    ReviewVerdict.ItemKind.valueOf(row.get("item_kind").toUpperCase(Locale.ROOT)), row.get("item_id"),
                    row.get("automatic_answer"), row.get("verdict").equalsIgnoreCase("agree"), row.get("note"),
                    row.get("reviewer"), Instant.parse(row.get("reviewed_at")), where);
            Integer earlier = lineOfItem.putIfAbsent(verdict.key(), row.line());
            if (earlier != null) {
                errors.add(file + " line " + row.line() + ": a second verdict on " + verdict.itemKind().label() + " "
                        + verdict.itemId() + " of call " + verdict.callId() + " (the first is on line " + earlier
                        + "); keep one");
                continue;
            }
            verdicts.add(verdict);
        }
        if (!errors.isEmpty()) {
            throw new ManifestException("Cannot import verdicts: " + errors.size() + " bad row(s), nothing imported:\n  "
                    + String.join("\n  ", errors.subList(0, Math.min(ERRORS_SHOWN, errors.size())))
                    + (errors.size() > ERRORS_SHOWN ? "\n  ..." : ""));
        }
        return List.copyOf(verdicts);
    }

    private static Optional<String> problem(RawRow row) {
        for (String column : REQUIRED) {
            if (row.get(column) == null) {
                return Optional.of(column + " is empty");
            }
        }
        String kind = row.get("item_kind");
        if (Arrays.stream(ReviewVerdict.ItemKind.values()).noneMatch(known -> known.label().equalsIgnoreCase(kind))) {
            return Optional.of("item_kind '" + kind + "' is neither reason nor question");
        }
        String verdict = row.get("verdict");
        if (!verdict.equalsIgnoreCase("agree") && !verdict.equalsIgnoreCase("disagree")) {
            return Optional.of("verdict '" + verdict + "' is neither agree nor disagree");
        }
        try {
            Instant.parse(row.get("reviewed_at"));
        } catch (DateTimeParseException e) {
            return Optional.of("reviewed_at '" + row.get("reviewed_at") + "' is not an ISO-8601 instant such as "
                    + "2026-11-23T09:30:00Z");
        }
        return Optional.empty();
    }
}
