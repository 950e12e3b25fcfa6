package io.callqa.manifest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One valid row of a calls manifest.
 *
 * @param audioUri absolute: a local path, a {@code file:} URI or {@code s3://bucket/key}
 * @param agentChannel 0 (left) or 1 (right) when the manifest says which channel is the agent, else null
 * @param source the manifest file and line this call came from, for example {@code calls.csv:7}
 */
public record CallRequest(
        String callId,
        String audioUri,
        String agentId,
        Instant startedAt,
        String direction,
        String queue,
        String customerId,
        Integer agentChannel,
        String source) {

    /** The partition a call's rows go to: the UTC date it started on. */
    public LocalDate callDate() {
        return startedAt.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
