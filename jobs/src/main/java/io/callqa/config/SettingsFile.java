package io.callqa.config;

import java.util.Map;

/**
 * {@code conf/callqa.yaml} as written, bound by Jackson before any value is checked: {@link CallqaConfig#load} checks
 * the values, fills in the defaults and resolves the paths. A key the records do not have is an unknown key.
 */
record SettingsFile(Long version, Spark spark, Transcription transcription, Metrics metrics, Analysis analysis,
        Scoring scoring, Report report, S3 s3, Audio audio, Tables tables) {

    record Spark(String master) {}

    record Transcription(String model, String agentChannel, Double ditherLsb, String speakerModel) {}

    record Metrics(Long talkGapMs, Long minOverlapMs) {}

    record Analysis(String rules, Boolean keepUnredactedTranscripts) {}

    record Scoring(String scorecard, Long topics, Long termsPerTopic, Long topicSeed, Long emergingTerms,
            Long emergingTermMinimumCalls) {}

    record Report(Long s3LinkExpiryMinutes, Boolean redactedRecordings) {}

    record S3(String endpoint, String region, Boolean pathStyle) {}

    record Audio(Double maxDurationHours, String channelMaps) {}

    record Tables(String catalog, String namespace, Map<String, String> catalogProperties,
            Long snapshotRetentionDays) {}
}
