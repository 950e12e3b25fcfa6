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
                .hasMessage("Cannot read " + file + " line 5: transcription.agent_channel must be between 0 and 1, got 2");
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
