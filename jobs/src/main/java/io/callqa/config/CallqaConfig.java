package io.callqa.config;

import io.callqa.audio.DurationLimit;
import io.callqa.manifest.ChannelMaps;
import io.callqa.storage.S3Settings;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

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

    public static CallqaConfig load(Path path, Path home) {
        YamlFile<SettingsFile> file = YamlFile.read(path, SettingsFile.class, YamlFile.Naming.SETTINGS);
        SettingsFile settings = file.content();
        file.integer("/version", settings.version(), 1, 1);
        SettingsFile.Spark spark = section(file, "/spark", settings.spark());
        SettingsFile.Transcription transcription = section(file, "/transcription", settings.transcription());
        SettingsFile.Metrics metrics = section(file, "/metrics", settings.metrics());
        ChannelMaps channelMaps = channelMaps(file, home);

        return new CallqaConfig(
                orDefault(spark.master(), "local[*]"),
                new Transcription(
                        resolve(home, orDefault(transcription.model(), "models/vosk-model-small-en-us-0.15")),
                        agentChannel(file, transcription, channelMaps),
                        file.decimal("/transcription/dither_lsb", transcription.ditherLsb(), 0.0, 100.0).orElse(1.0),
                        resolve(home, orDefault(transcription.speakerModel(), "models/vosk-model-spk-0.4"))),
                new Metrics(file.integer("/metrics/talk_gap_ms", metrics.talkGapMs(), 0, 10_000).orElse(500L),
                        file.integer("/metrics/min_overlap_ms", metrics.minOverlapMs(), 0, 10_000).orElse(300L)),
                analysis(file, home),
                scoring(file, home),
                report(file),
                s3(file),
                new Audio(durationLimit(file), channelMaps),
                tables(file));
    }

    /** A section the settings must have. */
    private static <S> S section(YamlFile<SettingsFile> file, String at, S section) {
        if (!file.has(at)) {
            throw file.error("", "the section '" + at.substring(1) + "' is missing");
        }
        return file.mapping(at, section);
    }

    /** A section the settings may leave out: null then. */
    private static <S> S optionalSection(YamlFile<SettingsFile> file, String at, S section) {
        return file.has(at) ? file.mapping(at, section) : null;
    }

    private static String orDefault(String value, String defaultValue) {
        return value == null ? defaultValue : value;
    }

    private static String resolve(Path home, String path) {
        return home.resolve(path).normalize().toString();
    }

    private static ChannelMaps channelMaps(YamlFile<SettingsFile> file, Path home) {
        SettingsFile.Audio audio = optionalSection(file, "/audio", file.content().audio());
        String name = audio == null ? null : audio.channelMaps();
        Path path = home.resolve(name == null ? DEFAULT_CHANNEL_MAPS : name).normalize();
        // The presets are optional unless the settings name a file.
        return name == null && !java.nio.file.Files.exists(path) ? ChannelMaps.NONE : ChannelMaps.load(path);
    }

    /** 0, 1, left, right or a preset of the channel maps. */
    private static int agentChannel(YamlFile<SettingsFile> file, SettingsFile.Transcription transcription,
            ChannelMaps channelMaps) {
        String text = orDefault(transcription.agentChannel(), "0");
        return channelMaps.agentChannel(text).orElseThrow(() -> file.error("/transcription/agent_channel",
                "transcription.agent_channel must be " + channelMaps.choices() + ", got '" + text + "'"));
    }

    private static Analysis analysis(YamlFile<SettingsFile> file, Path home) {
        SettingsFile.Analysis analysis = optionalSection(file, "/analysis", file.content().analysis());
        if (analysis == null) {
            return new Analysis(resolve(home, DEFAULT_RULES), true);
        }
        return new Analysis(resolve(home, orDefault(analysis.rules(), DEFAULT_RULES)),
                file.bool("/analysis/keep_unredacted_transcripts", analysis.keepUnredactedTranscripts()).orElse(true));
    }

    private static Scoring scoring(YamlFile<SettingsFile> file, Path home) {
        SettingsFile.Scoring scoring = optionalSection(file, "/scoring", file.content().scoring());
        if (scoring == null) {
            return new Scoring(resolve(home, DEFAULT_SCORECARD), 5, 6, 7, 10, 2);
        }
        return new Scoring(resolve(home, orDefault(scoring.scorecard(), DEFAULT_SCORECARD)),
                file.integer("/scoring/topics", scoring.topics(), 1, 100).orElse(5L).intValue(),
                file.integer("/scoring/terms_per_topic", scoring.termsPerTopic(), 1, 50).orElse(6L).intValue(),
                file.integer("/scoring/topic_seed", scoring.topicSeed(), 0, Long.MAX_VALUE).orElse(7L),
                file.integer("/scoring/emerging_terms", scoring.emergingTerms(), 0, 1000).orElse(10L).intValue(),
                file.integer("/scoring/emerging_term_minimum_calls", scoring.emergingTermMinimumCalls(), 1, 1_000_000)
                        .orElse(2L).intValue());
    }

    private static Report report(YamlFile<SettingsFile> file) {
        SettingsFile.Report report = optionalSection(file, "/report", file.content().report());
        if (report == null) {
            return Report.DEFAULT;
        }
        // An AWS pre-signed URL is valid for at most 7 days.
        return new Report(
                file.integer("/report/s3_link_expiry_minutes", report.s3LinkExpiryMinutes(), 0, 7 * 24 * 60)
                        .orElse(0L).intValue(),
                file.bool("/report/redacted_recordings", report.redactedRecordings()).orElse(false));
    }

    private static S3Settings s3(YamlFile<SettingsFile> file) {
        SettingsFile.S3 s3 = optionalSection(file, "/s3", file.content().s3());
        if (s3 == null) {
            return S3Settings.AWS_DEFAULT;
        }
        return new S3Settings(orDefault(s3.endpoint(), ""), orDefault(s3.region(), "us-east-1"),
                file.bool("/s3/path_style", s3.pathStyle()).orElse(false));
    }

    private static DurationLimit durationLimit(YamlFile<SettingsFile> file) {
        SettingsFile.Audio audio = optionalSection(file, "/audio", file.content().audio());
        if (audio == null) {
            return DurationLimit.DEFAULT;
        }
        double hours = file.decimal("/audio/max_duration_hours", audio.maxDurationHours(), 0.01, 48.0).orElse(4.0);
        return new DurationLimit(Math.round(hours * 3_600_000));
    }

    private static TableSettings tables(YamlFile<SettingsFile> file) {
        SettingsFile.Tables tables = optionalSection(file, "/tables", file.content().tables());
        if (tables == null) {
            return TableSettings.DEFAULT;
        }
        Map<String, String> properties = new LinkedHashMap<>();
        if (file.has("/tables/catalog_properties")) {
            file.mapping("/tables/catalog_properties", tables.catalogProperties())
                    .forEach((key, value) -> properties.put(key, orDefault(value, "")));
        }
        String catalog = orDefault(tables.catalog(), "embedded");
        if (!catalog.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw file.error("/tables/catalog", "must be 'embedded' or a catalog name of letters, digits and _");
        }
        if (catalog.equals("embedded") && !properties.isEmpty()) {
            throw file.error("/tables/catalog_properties",
                    "configure a named catalog: set tables.catalog to its name");
        }
        return new TableSettings(catalog, orDefault(tables.namespace(), "callqa"), properties,
                file.integer("/tables/snapshot_retention_days", tables.snapshotRetentionDays(), 0, 36_500).orElse(30L)
                        .intValue());
    }

    public CallqaConfig withS3(S3Settings settings) {
        return new CallqaConfig(sparkMaster, transcription, metrics, analysis, scoring, report, settings, audio, tables);
    }

    public CallqaConfig withTables(TableSettings settings) {
        return new CallqaConfig(sparkMaster, transcription, metrics, analysis, scoring, report, s3, audio, settings);
    }
}
