package io.callqa.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The inputs and output of a batch. */
final class StageOptions {
    @Option(names = "--calls", required = true, paramLabel = "FILE",
            description = "Calls manifest (.csv, .jsonl or .parquet): call_id, audio_uri, agent_id, started_at "
                    + "[, direction, queue, customer_id, agent_channel].")
    Path calls;

    @Option(names = "--agents", required = true, paramLabel = "FILE",
            description = "Agent roster (.csv or .parquet): agent_id, agent_name, team, supervisor_id, hire_date.")
    Path agents;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output root for the Parquet tables (a local folder, or s3a://bucket/prefix on a cluster).")
    String out;

    @Option(names = "--reprocess", description = "Transcribe every call again, even if its audio was transcribed before.")
    boolean reprocess;
}
