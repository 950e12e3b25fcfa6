package io.callqa.config;

import io.callqa.storage.S3Settings;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Set;

/**
 * The application settings from {@code conf/callqa.yaml}. Relative paths in the file are relative to the callqa home
 * folder (the folder that holds {@code conf/}).
 */
public record CallqaConfig(String sparkMaster, Transcription transcription, Metrics metrics, Analysis analysis,
        S3Settings s3) implements Serializable {

    /**
     * @param modelPath the Vosk model folder
     * @param defaultAgentChannel the agent's channel in stereo recordings when the manifest does not say
     * @param ditherLeastSignificantBits standard deviation of the seeded noise added before recognition
     */
    public record Transcription(String modelPath, int defaultAgentChannel, double ditherLeastSignificantBits)
            implements Serializable {}

    public record Metrics(long talkGapMillis, long minimumOverlapMillis) implements Serializable {}

    /**
     * @param rulePackPath the compliance rule pack the analyze stage evaluates
     * @param keepUnredactedTranscripts false: the analyze stage replaces the personal data in {@code transcripts} too,
     *     so no unredacted text is kept anywhere
     */
    public record Analysis(String rulePackPath, boolean keepUnredactedTranscripts) implements Serializable {}

    private static final String DEFAULT_RULES = "conf/rules/default.yaml";

    public static CallqaConfig load(Path file, Path home) {
        YamlSection root = YamlSection.read(file)
                .allowOnly(Set.of("version", "spark", "transcription", "metrics", "analysis", "s3"));
        root.integer("version", 1, 1, 1);
        YamlSection spark = root.section("spark").allowOnly(Set.of("master"));
        YamlSection transcription = root.section("transcription")
                .allowOnly(Set.of("model", "agent_channel", "dither_lsb"));
        YamlSection metrics = root.section("metrics").allowOnly(Set.of("talk_gap_ms", "min_overlap_ms"));
        YamlSection analysis = root.has("analysis")
                ? root.section("analysis").allowOnly(Set.of("rules", "keep_unredacted_transcripts")) : null;
        YamlSection s3 = root.has("s3") ? root.section("s3").allowOnly(Set.of("endpoint", "region", "path_style")) : null;

        String model = transcription.string("model", "models/vosk-model-small-en-us-0.15");
        return new CallqaConfig(
                spark.string("master", "local[*]"),
                new Transcription(home.resolve(model).normalize().toString(),
                        (int) transcription.integer("agent_channel", 0, 0, 1),
                        transcription.decimal("dither_lsb", 1.0, 0.0, 100.0)),
                new Metrics(metrics.integer("talk_gap_ms", 500, 0, 10_000),
                        metrics.integer("min_overlap_ms", 300, 0, 10_000)),
                new Analysis(home.resolve(analysis == null ? DEFAULT_RULES : analysis.string("rules", DEFAULT_RULES))
                        .normalize().toString(),
                        analysis == null || analysis.bool("keep_unredacted_transcripts", true)),
                s3 == null ? S3Settings.AWS_DEFAULT : new S3Settings(
                        s3.string("endpoint", ""),
                        s3.string("region", "us-east-1"),
                        s3.bool("path_style", false)));
    }

    public CallqaConfig withS3(S3Settings settings) {
        return new CallqaConfig(sparkMaster, transcription, metrics, analysis, settings);
    }
}
