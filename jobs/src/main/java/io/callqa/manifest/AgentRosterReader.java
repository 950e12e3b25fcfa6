package io.callqa.manifest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates the agent roster ({@code agent_id, agent_name, team, supervisor_id, hire_date}). The roster is used
 * by scoring; checking it before transcription means a long run does not fail at its last stage.
 */
public final class AgentRosterReader {
    public static final List<String> REQUIRED_COLUMNS =
            List.of("agent_id", "agent_name", "team", "supervisor_id", "hire_date");

    private final Function<Path, TabularFile.Contents> parquetReader;

    public AgentRosterReader(Function<Path, TabularFile.Contents> parquetReader) {
        this.parquetReader = parquetReader;
    }

    /** Returns the number of agents; throws {@link ManifestException} naming every problem found. */
    public int validate(Path roster) {
        Path file = roster.toAbsolutePath().normalize();
        TabularFile.Contents contents = TabularFile.read(file, parquetReader);
        List<String> missing = REQUIRED_COLUMNS.stream().filter(column -> !contents.columns().contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new ManifestException(String.format(
                    "Cannot read agent roster %s: missing required column(s) %s; the file has %s",
                    file, String.join(", ", missing), contents.columns()));
        }
        List<String> problems = new ArrayList<>();
        Set<String> agentIds = new HashSet<>();
        for (RawRow row : contents.rows()) {
            String agentId = row.get("agent_id");
            if (agentId == null) {
                problems.add("line " + row.line() + ": agent_id is empty");
            } else if (!agentIds.add(agentId)) {
                problems.add("line " + row.line() + ": agent_id " + agentId + " appears twice");
            }
            String hireDate = row.get("hire_date");
            if (hireDate != null) {
                try {
                    LocalDate.parse(hireDate);
                } catch (DateTimeParseException e) {
                    problems.add("line " + row.line() + ": hire_date '" + hireDate + "' is not a date such as 2024-03-01");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ManifestException("Cannot read agent roster " + file + ": " + String.join("; ", problems));
        }
        return agentIds.size();
    }
}
