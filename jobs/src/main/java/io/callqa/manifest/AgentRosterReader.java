package io.callqa.manifest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return read(roster).size();
    }

    /** The agents by id; throws {@link ManifestException} naming every problem found. */
    public Map<String, Agent> read(Path roster) {
        Path file = roster.toAbsolutePath().normalize();
        TabularFile.Contents contents = TabularFile.read(file, parquetReader);
        List<String> missing = REQUIRED_COLUMNS.stream().filter(column -> !contents.columns().contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new ManifestException(String.format(
                    "Cannot read agent roster %s: missing required column(s) %s; the file has %s",
                    file, String.join(", ", missing), contents.columns()));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Agent> agents = new LinkedHashMap<>();
        for (RawRow row : contents.rows()) {
            String agentId = row.get("agent_id");
            LocalDate hireDate = null;
            String hireDateText = row.get("hire_date");
            if (hireDateText != null) {
                try {
                    hireDate = LocalDate.parse(hireDateText);
                } catch (DateTimeParseException e) {
                    problems.add("line " + row.line() + ": hire_date '" + hireDateText
                            + "' is not a date such as 2024-03-01");
                }
            }
            if (agentId == null) {
                problems.add("line " + row.line() + ": agent_id is empty");
            } else if (agents.putIfAbsent(agentId, new Agent(agentId, row.get("agent_name"), row.get("team"),
                    row.get("supervisor_id"), hireDate)) != null) {
                problems.add("line " + row.line() + ": agent_id " + agentId + " appears twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new ManifestException("Cannot read agent roster " + file + ": " + String.join("; ", problems));
        }
        return Map.copyOf(agents);
    }
}
