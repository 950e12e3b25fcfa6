package io.callqa.manifest;

import io.callqa.config.YamlFile;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Named channel layouts of recording platforms ({@code conf/channel-maps.yaml}): which channel of a two-channel
 * recording is the agent. A setting or a manifest row may name a preset ("amazon-connect") instead of a channel.
 */
public record ChannelMaps(Map<String, Integer> agentChannels) implements Serializable {
    /** No presets: only 0 / left and 1 / right. */
    public static final ChannelMaps NONE = new ChannelMaps(Map.of());

    public ChannelMaps {
        agentChannels = Map.copyOf(agentChannels);
    }

    /** The file as written, bound by Jackson before any value is checked. */
    record PresetsFile(Integer version, List<PresetEntry> presets) {}

    record PresetEntry(String name, Integer agentChannel, String platform) {}

    public static ChannelMaps load(Path path) {
        YamlFile<PresetsFile> file = YamlFile.read(path, PresetsFile.class, YamlFile.Naming.quoted());
        file.required("/version", file.integer("/version", file.content().version(), 1, 1));
        Map<String, Integer> presets = new TreeMap<>();
        List<PresetEntry> entries = file.list("/presets", file.content().presets());
        for (int index = 0; index < entries.size(); index++) {
            String at = "/presets/" + index;
            PresetEntry preset = file.mapping(at, entries.get(index));
            String name = file.identifier(at + "/name", preset.name());
            int agentChannel = file.required(at + "/agent_channel",
                    file.integer(at + "/agent_channel", preset.agentChannel(), 0, 1));
            if (presets.put(name, agentChannel) != null) {
                throw file.error(at + "/name", "preset '" + name + "' is defined twice");
            }
            file.word(at + "/platform", preset.platform()); // required: the file is read by people choosing a preset
        }
        return new ChannelMaps(presets);
    }

    /** The agent's channel for "0", "1", "left", "right" or a preset's name; empty for anything else. */
    public Optional<Integer> agentChannel(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "0", "left" -> Optional.of(0);
            case "1", "right" -> Optional.of(1);
            default -> Optional.ofNullable(agentChannels.get(name));
        };
    }

    /** What a value may be, for error messages. */
    public String choices() {
        return agentChannels.isEmpty() ? "0 (left) or 1 (right)"
                : "0 (left), 1 (right) or a preset of conf/channel-maps.yaml: "
                        + String.join(", ", new TreeMap<>(agentChannels).keySet());
    }
}
