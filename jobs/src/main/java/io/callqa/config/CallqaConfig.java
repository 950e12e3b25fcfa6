package io.callqa.config;

import io.callqa.audio.DurationLimit;
import io.callqa.manifest.ChannelMaps;
import io.callqa.storage.S3Settings;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The application settings from {@code conf/callqa.yaml}. Relative paths in the file are relative to the callqa home
 * folder (the folder that holds {@code conf/}).
 */
public record CallqaConfig(String sparkMaster, Transcription transcription, Metrics metrics, Analysis analysis,
        Scoring scoring, Report report, S3Settings s3, Audio audio, TableSettings tables) implements Serializable {

    /**
     * @param durationLimit the longest recording decoded; longer ones are rejected before they are decoded
     * @param channelMaps the recording platforms' channel layouts that agent_channel settings and columns may name
     */
    public record Audio(DurationLimit durationLimit, ChannelMaps channelMaps) implements Serializable {}

    /**
     * @param modelPath the Vosk model folder
     * @param defaultAgentChannel the agent's channel in stereo recordings when the manifest does not say
     * @param ditherLeastSignificantBits standard deviation of the seeded noise added before recognition
     * @param speakerModelPath the Vosk speaker model folder, which separates the voices of mono recordings
     */
    public record Transcription(String modelPath, int defaultAgentChannel, double ditherLeastSignificantBits,
            String speakerModelPath) implements Serializable {}

    public record Metrics(long talkGapMillis, long minimumOverlapMillis) implements Serializable {}

    /**
     * @param rulePackPath the compliance rule pack the analyze stage evaluates
     * @param keepUnredactedTranscripts false: the analyze stage replaces the personal data in {@code transcripts} too,
     *     so no unredacted text is kept anywhere
     */
    public record Analysis(String rulePackPath, boolean keepUnredactedTranscripts) implements Serializable {}

    /**
     * @param scorecardPath the QA evaluation form the score stage fills in
     * @param topics how many call-driver topics to find in customer speech
     * @param emergingTerms how many rising terms to list per week
     * @param emergingTermMinimumCalls the fewest calls of a week a term must appear in to count as rising
     */
    public record Scoring(String scorecardPath, int topics, int termsPerTopic, long topicSeed, int emergingTerms,
            int emergingTermMinimumCalls) implements Serializable {}

    /**
     * @param s3LinkExpiryMinutes how long the review queue's links to {@code s3://} recordings (pre-signed URLs) stay
     *     valid; 0, the default, makes no such links, since a pre-signed URL lets whoever holds the page fetch the call
     * @param redactedRecordings write a copy of each queued call's recording with its personal data replaced by a
     *     tone into the report folder, and play that copy instead of the recording
     */
    public record Report(int s3LinkExpiryMinutes, boolean redactedRecordings) implements Serializable {
        public static final Report DEFAULT = new Report(0, false);
    }

    /**
     * @param catalog {@code embedded} (an SQLite file under the output root, no server) or the name of an Iceberg
     *     catalog configured in Spark's conf or by {@code catalogProperties}
     * @param namespace the catalog's namespace holding the tables
     * @param catalogProperties the named catalog's Spark properties ({@code spark.sql.catalog.<name>.<key>})
     * @param snapshotRetentionDays {@code callqa maintain} expires snapshots older than this (tagged ones are kept)
     */
    public record TableSettings(String catalog, String namespace, Map<String, String> catalogProperties,
            int snapshotRetentionDays) implements Serializable {
        public TableSettings {
            catalogProperties = Map.copyOf(catalogProperties);
        }

        public static final TableSettings DEFAULT = new TableSettings("embedded", "callqa", Map.of(), 30);
    }

    private static final String DEFAULT_SCORECARD = "conf/scorecards/default.yaml";
    private static final String DEFAULT_RULES = "conf/rules/default.yaml";
    private static final String DEFAULT_CHANNEL_MAPS = "conf/channel-maps.yaml";

    public static CallqaConfig load(Path file, Path home) {
        YamlSection root = YamlSection.read(file)
                .allowOnly(Set.of("version", "spark", "transcription", "metrics", "analysis", "scoring", "report", "s3",
                        "audio", "tables"));
        root.integer("version", 1, 1, 1);
        YamlSection spark = root.section("spark").allowOnly(Set.of("master"));
        YamlSection transcription = root.section("transcription")
                .allowOnly(Set.of("model", "agent_channel", "dither_lsb", "speaker_model"));
        YamlSection metrics = root.section("metrics").allowOnly(Set.of("talk_gap_ms", "min_overlap_ms"));
        YamlSection analysis = root.has("analysis")
                ? root.section("analysis").allowOnly(Set.of("rules", "keep_unredacted_transcripts")) : null;
        YamlSection scoring = root.has("scoring") ? root.section("scoring").allowOnly(Set.of("scorecard", "topics",
                "terms_per_topic", "topic_seed", "emerging_terms", "emerging_term_minimum_calls")) : null;
        YamlSection report = root.has("report")
                ? root.section("report").allowOnly(Set.of("s3_link_expiry_minutes", "redacted_recordings")) : null;
        YamlSection audio = root.has("audio")
                ? root.section("audio").allowOnly(Set.of("max_duration_hours", "channel_maps")) : null;
        ChannelMaps channelMaps = channelMaps(audio, home);
        YamlSection s3 = root.has("s3") ? root.section("s3").allowOnly(Set.of("endpoint", "region", "path_style")) : null;

        String model = transcription.string("model", "models/vosk-model-small-en-us-0.15");
        return new CallqaConfig(
                spark.string("master", "local[*]"),
                new Transcription(home.resolve(model).normalize().toString(),
                        agentChannel(transcription, channelMaps),
                        transcription.decimal("dither_lsb", 1.0, 0.0, 100.0),
                        home.resolve(transcription.string("speaker_model", "models/vosk-model-spk-0.4")).normalize()
                                .toString()),
                new Metrics(metrics.integer("talk_gap_ms", 500, 0, 10_000),
                        metrics.integer("min_overlap_ms", 300, 0, 10_000)),
                new Analysis(home.resolve(analysis == null ? DEFAULT_RULES : analysis.string("rules", DEFAULT_RULES))
                        .normalize().toString(),
                        analysis == null || analysis.bool("keep_unredacted_transcripts", true)),
                scoring(scoring, home),
                // An AWS pre-signed URL is valid for at most 7 days.
                report == null ? Report.DEFAULT : new Report(
                        (int) report.integer("s3_link_expiry_minutes", 0, 0, 7 * 24 * 60),
                        report.bool("redacted_recordings", false)),
                s3 == null ? S3Settings.AWS_DEFAULT : new S3Settings(
                        s3.string("endpoint", ""),
                        s3.string("region", "us-east-1"),
                        s3.bool("path_style", false)),
                new Audio(audio == null ? DurationLimit.DEFAULT : new DurationLimit(
                        Math.round(audio.decimal("max_duration_hours", 4.0, 0.01, 48.0) * 3_600_000)), channelMaps),
                tables(root.has("tables") ? root.section("tables").allowOnly(Set.of("catalog", "namespace",
                        "catalog_properties", "snapshot_retention_days")) : null));
    }

    private static ChannelMaps channelMaps(YamlSection audio, Path home) {
        String file = audio == null ? null : audio.string("channel_maps", null);
        Path path = home.resolve(file == null ? DEFAULT_CHANNEL_MAPS : file).normalize();
        // The presets are optional unless the settings name a file.
        return file == null && !java.nio.file.Files.exists(path) ? ChannelMaps.NONE : ChannelMaps.load(path);
    }

    /** 0, 1, left, right or a preset of the channel maps. */
    private static int agentChannel(YamlSection transcription, ChannelMaps channelMaps) {
        String text = transcription.string("agent_channel", "0");
        return channelMaps.agentChannel(text).orElseThrow(() -> transcription.error("agent_channel",
                "transcription.agent_channel must be " + channelMaps.choices() + ", got '" + text + "'"));
    }

    private static TableSettings tables(YamlSection tables) {
        if (tables == null) {
            return TableSettings.DEFAULT;
        }
        Map<String, String> properties = new LinkedHashMap<>();
        if (tables.has("catalog_properties")) {
            YamlSection section = tables.section("catalog_properties");
            section.keys().forEach(key -> properties.put(key, section.string(key, "")));
        }
        String catalog = tables.string("catalog", "embedded");
        if (!catalog.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw tables.error("catalog", "must be 'embedded' or a catalog name of letters, digits and _");
        }
        if (catalog.equals("embedded") && !properties.isEmpty()) {
            throw tables.error("catalog_properties", "configure a named catalog: set tables.catalog to its name");
        }
        return new TableSettings(catalog, tables.string("namespace", "callqa"), properties,
                (int) tables.integer("snapshot_retention_days", 30, 0, 36_500));
    }

    private static Scoring scoring(YamlSection scoring, Path home) {
        if (scoring == null) {
            return new Scoring(home.resolve(DEFAULT_SCORECARD).normalize().toString(), 5, 6, 7, 10, 2);
        }
        return new Scoring(home.resolve(scoring.string("scorecard", DEFAULT_SCORECARD)).normalize().toString(),
                (int) scoring.integer("topics", 5, 1, 100),
                (int) scoring.integer("terms_per_topic", 6, 1, 50),
                scoring.integer("topic_seed", 7, 0, Long.MAX_VALUE),
                (int) scoring.integer("emerging_terms", 10, 0, 1000),
                (int) scoring.integer("emerging_term_minimum_calls", 2, 1, 1_000_000));
    }

    public CallqaConfig withS3(S3Settings settings) {
        return new CallqaConfig(sparkMaster, transcription, metrics, analysis, scoring, report, settings, audio, tables);
    }

    public CallqaConfig withTables(TableSettings settings) {
        return new CallqaConfig(sparkMaster, transcription, metrics, analysis, scoring, report, s3, audio, settings);
    }
}
