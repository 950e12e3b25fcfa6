package io.callqa.report;

import io.callqa.score.Evidence;
import java.time.LocalDate;

/** A call that shows a coaching target, with its redacted evidence. */
public record CoachingExample(String callId, LocalDate callDate, String detail, Evidence evidence) {}
