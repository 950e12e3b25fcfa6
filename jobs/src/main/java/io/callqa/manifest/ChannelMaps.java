package io.callqa.manifest;

import io.callqa.config.YamlNode;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    public static ChannelMaps load(Path file) {
        YamlNode root = YamlNode.read(file).allowOnly(Set.of("version", "presets"));
        root.get("version").integer(1, 1);
        Map<String, Integer> presets = new TreeMap<>();
        for (YamlNode preset : root.get("presets").list()) {
            preset.allowOnly(Set.of("name", "agent_channel", "platform"));
            String name = preset.get("name").identifier();
            if (presets.put(name, preset.get("agent_channel").integer(0, 1)) != null) {
                throw preset.get("name").error("preset '" + name + "' is defined twice");
            }
            preset.get("platform").text(); // required: the file is read by people choosing a preset
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
