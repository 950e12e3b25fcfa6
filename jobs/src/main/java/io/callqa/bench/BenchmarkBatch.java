package io.callqa.bench;

import io.callqa.config.CallqaConfig;
import java.nio.file.Path;

/** What every benchmarked stage works on: one batch of calls, its roster, the output root and the settings. */
public record BenchmarkBatch(Path manifest, Path roster, String outputRoot, CallqaConfig config) {}
