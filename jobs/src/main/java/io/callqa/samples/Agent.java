package io.callqa.samples;

import java.time.LocalDate;

/** A row of the agent roster that goes with the sample calls. */
public record Agent(String agentId, String agentName, String team, String supervisorId, LocalDate hireDate) {}
