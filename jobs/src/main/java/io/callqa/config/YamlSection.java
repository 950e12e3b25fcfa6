package io.callqa.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A mapping in a YAML file, read strictly: unknown keys, missing keys and wrong types are errors that name the file
 * and the line, because these files are written by people (operators, compliance officers) and a typo must not be
 * silently ignored.
 */
public final class YamlSection {
    private final Path file;
    private final String path;
    private final Node node;
    private final Map<String, Node> entries = new LinkedHashMap<>();

    private YamlSection(Path file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, (path.isEmpty() ? "the document" : path) + " must be a mapping of keys to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(tuple.getKeyNode(), "keys must be plain words");
            }
            if (entries.put(key.getValue(), tuple.getValueNode()) != null) {
                throw error(key, "the key '" + qualified(key.getValue()) + "' appears twice");
            }
        }
    }

    public static YamlSection read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                throw new ConfigException("Cannot read " + file + ": the file is empty");
            }
            return new YamlSection(file, "", root);
        } catch (NoSuchFileException e) {
            throw new ConfigException("Cannot read " + file + ": the file does not exist");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException("Cannot read " + file + " line " + line + ": not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    /** Fails on any key not in {@code allowed}, listing the allowed ones. */
    public YamlSection allowOnly(Set<String> allowed) {
        for (Map.Entry<String, Node> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw error(entry.getValue(), "unknown key '" + qualified(entry.getKey()) + "'; expected one of "
                        + allowed.stream().sorted().toList());
            }
        }
        return this;
    }

    /** The keys, in the file's order. */
    public Set<String> keys() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public YamlSection section(String key) {
        Node value = entries.get(key);
        if (value == null) {
            throw error(node, "the section '" + qualified(key) + "' is missing");
        }
        return new YamlSection(file, qualified(key), value);
    }

    public String string(String key, String defaultValue) {
        Node value = entries.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof ScalarNode scalar)) {
            throw error(value, qualified(key) + " must be a single value");
        }
        return scalar.getValue();
    }

    public long integer(String key, long defaultValue, long minimum, long maximum) {
        String text = string(key, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value < minimum || value > maximum) {
                throw error(entries.get(key), qualified(key) + " must be between " + minimum + " and " + maximum
                        + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(entries.get(key), qualified(key) + " must be a whole number, got '" + text + "'");
        }
    }

    public double decimal(String key, double defaultValue, double minimum, double maximum) {
        String text = string(key, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (!(value >= minimum && value <= maximum)) {
                throw error(entries.get(key), qualified(key) + " must be between " + minimum + " and " + maximum
                        + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(entries.get(key), qualified(key) + " must be a number, got '" + text + "'");
        }
    }

    public boolean bool(String key, boolean defaultValue) {
        String text = string(key, null);
        if (text == null) {
            return defaultValue;
        }
        return switch (text.trim()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(entries.get(key), qualified(key) + " must be true or false, got '" + text + "'");
        };
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public ConfigException error(String key, String problem) {
        return error(entries.getOrDefault(key, node), problem);
    }

    private ConfigException error(Node at, String problem) {
        int line = at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1;
        return new ConfigException("Cannot read " + file + " line " + line + ": " + problem);
    }
}
