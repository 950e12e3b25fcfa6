package io.callqa.manifest;

import java.io.Serializable;
import java.time.LocalDate;

/** One agent of the roster. Everything but the id may be empty. */
public record Agent(String agentId, String agentName, String team, String supervisorId, LocalDate hireDate)
        implements Serializable {}
