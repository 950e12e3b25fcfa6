package io.callqa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callqa.testing.CallqaTestHome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallqaConfigTest {
    @TempDir
    Path folder;

    @Test
    void readsTheShippedSettings() {
        CallqaConfig config = CallqaTestHome.config();

        assertThat(config.sparkMaster()).isEqualTo("local[*]");
        assertThat(Path.of(config.transcription().modelPath())).isDirectory();
        assertThat(config.transcription().defaultAgentChannel()).isZero();
        assertThat(config.metrics().minimumOverlapMillis()).isEqualTo(300);
        assertThat(config.s3().endpoint()).isEmpty();
        // Links to S3 recordings and redacted copies are off unless asked for.
        assertThat(config.report()).isEqualTo(new CallqaConfig.Report(0, false));
    }

    @Test
    void readsTheReportsRecordingSettingsAndRefusesAnExpiryBeyondSevenDays() throws Exception {
        Path good = write("""
                version: 1
                spark: {}
                transcription: {}
                metrics: {}
                report:
                  s3_link_expiry_minutes: 60
                  redacted_recordings: true
                """);
        Path tooLong = Files.writeString(folder.resolve("long.yaml"), Files.readString(good)
                .replace("s3_link_expiry_minutes: 60", "s3_link_expiry_minutes: 20000"));

        assertThat(CallqaConfig.load(good, folder).report()).isEqualTo(new CallqaConfig.Report(60, true));
        assertThatThrownBy(() -> CallqaConfig.load(tooLong, folder)).isInstanceOf(ConfigException.class)
                .hasMessage("Cannot read " + tooLong + " line 6: report.s3_link_expiry_minutes must be between 0 and "
                        + "10080, got 20000");
    }

    @Test
    void namesTheFileTheLineAndTheFixForAnOutOfRangeValue() throws Exception {
        Path file = write("""
                version: 1
                spark:
                  master: local[2]
                transcription:
                  agent_channel: 2
                metrics: {}
                """);

        assertThatThrownBy(() -> CallqaConfig.load(file, folder))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Cannot read " + file + " line 5: transcription.agent_channel must be 0 (left) or 1 (right), got '2'");
    }

    @Test
    void takesARecordingPlatformsChannelPresetAndNamesThePresetsWhenOneIsMisspelt() throws Exception {
        Files.createDirectories(folder.resolve("conf"));
        Files.copy(CallqaTestHome.home().resolve("conf/channel-maps.yaml"),
                folder.resolve("conf/channel-maps.yaml"));
        Path amazon = write("""
                version: 1
                spark: {}
                transcription:
                  agent_channel: amazon-connect
                metrics: {}
                """);
        assertThat(CallqaConfig.load(amazon, folder).transcription().defaultAgentChannel()).isEqualTo(1);
        assertThat(CallqaConfig.load(amazon, folder).audio().channelMaps().agentChannel("verint")).contains(0);

        Path misspelt = write("""
                version: 1
                spark: {}
                transcription:
                  agent_channel: amazon
                metrics: {}
                """);
        assertThatThrownBy(() -> CallqaConfig.load(misspelt, folder))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Cannot read " + misspelt + " line 4: transcription.agent_channel must be 0 (left), 1 (right) "
                        + "or a preset of conf/channel-maps.yaml: amazon-connect, avaya, genesys-dual-channel, verint, "
                        + "got 'amazon'");
    }

    @Test
    void rejectsAnUnknownKeyAndListsTheKnownOnes() throws Exception {
        Path file = write("""
                version: 1
                spark:
                  master: local[2]
                transcription:
                  modle: models/x
                metrics: {}
                """);

        assertThatThrownBy(() -> CallqaConfig.load(file, folder))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 5: unknown key 'transcription.modle'; expected one of [agent_channel, dither_lsb, model, speaker_model]");
    }

    @Test
    void namesAValueOfTheWrongShapeAndAKeyGivenTwice() throws Exception {
        String settings = "version: 1\nspark:\n  master: local\ntranscription: {}\nmetrics:\n  talk_gap_ms: 500\n";
        Path word = write(settings.replace("talk_gap_ms: 500", "talk_gap_ms: soon"));
        assertThatThrownBy(() -> CallqaConfig.load(word, folder)).isInstanceOf(ConfigException.class)
                .hasMessage("Cannot read " + word + " line 6: metrics.talk_gap_ms must be a whole number, got 'soon'");

        Path list = write(settings.replace("master: local", "master: [local, yarn]"));
        assertThatThrownBy(() -> CallqaConfig.load(list, folder)).isInstanceOf(ConfigException.class)
                .hasMessage("Cannot read " + list + " line 3: spark.master must be a single value");

        Path twice = write(settings + "  talk_gap_ms: 700\n");
        assertThatThrownBy(() -> CallqaConfig.load(twice, folder)).isInstanceOf(ConfigException.class)
                .hasMessage("Cannot read " + twice + " line 7: the key 'metrics.talk_gap_ms' appears twice");
    }

    @Test
    void reportsBrokenYamlWithItsLine() throws Exception {
        Path file = write("version: 1\nspark:\n  master: [local\n");

        assertThatThrownBy(() -> CallqaConfig.load(file, folder))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Cannot read " + file + " line ")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void reportsAMissingSection() throws Exception {
        Path file = write("version: 1\nspark:\n  master: local\nmetrics: {}\n");

        assertThatThrownBy(() -> CallqaConfig.load(file, folder))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 1: the section 'transcription' is missing");
    }

    private Path write(String content) throws Exception {
        return Files.writeString(folder.resolve("callqa.yaml"), content);
    }
}
