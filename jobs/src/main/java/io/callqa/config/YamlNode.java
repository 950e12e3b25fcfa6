package io.callqa.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One value in a YAML file that people write (rule packs, scorecards), read as strictly as {@link YamlSection} reads
 * the settings, plus lists. Compliance officers and QA leads write these files: every error names the file, the line,
 * the entry it is in and what to fix, and a misspelt key is an error rather than a silently ignored one.
 */
public final class YamlNode {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path file;
    private final String context;
    private final String path;
    private final Node node;

    private YamlNode(Path file, String context, String path, Node node) {
        this.file = file;
        this.context = context;
        this.path = path;
        this.node = node;
    }

    public static YamlNode read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("Cannot read " + file + ": the file does not exist");
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(content));
            if (root == null) {
                throw new ConfigException("Cannot read " + file + ": the file is empty");
            }
            return new YamlNode(file, "", "", root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException("Cannot read " + file + " line " + line + ": not valid YAML: " + e.getProblem()
                    + hintForBraces(content, e));
        }
    }

    /**
     * YAML reads an unquoted {@code {name} speaking}, or a placeholder inside {@code [...]}, as the start of a mapping:
     * the likeliest mistake in a rule pack.
     */
    private static String hintForBraces(String content, MarkedYAMLException e) {
        if (e.getProblemMark() == null) {
            return "";
        }
        int lastLine = e.getProblemMark().getLine();
        int firstLine = e.getContextMark() == null ? lastLine : Math.min(e.getContextMark().getLine(), lastLine);
        List<String> lines = content.lines().toList();
        for (int line = firstLine; line <= lastLine && line < lines.size(); line++) {
            if (lines.get(line).contains("{")) {
                return "; put a phrase with a placeholder in quotes, such as \"{name} speaking\"";
            }
        }
        return "";
    }

    /** The same node, its errors introduced by {@code context} (such as "rule 'greeting'"), keys named from here. */
    public YamlNode describedAs(String context) {
        return new YamlNode(file, context, "", node);
    }

    /** Fails on any key not in {@code allowed}, listing the allowed ones. */
    public YamlNode allowOnly(Set<String> allowed) {
        for (Map.Entry<String, NodeTuple> entry : entries().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw error(entry.getValue().getKeyNode(), "unknown key '" + qualified(entry.getKey())
                        + "'; expected one of " + allowed.stream().sorted().toList());
            }
        }
        return this;
    }

    public boolean isText() {
        return node instanceof ScalarNode;
    }

    public boolean has(String key) {
        return entries().containsKey(key);
    }

    public YamlNode get(String key) {
        return find(key).orElseThrow(() -> error("'" + qualified(key) + "' is missing"));
    }

    public Optional<YamlNode> find(String key) {
        NodeTuple tuple = entries().get(key);
        return tuple == null
                ? Optional.empty()
                : Optional.of(new YamlNode(file, context, qualified(key), tuple.getValueNode()));
    }

    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("'" + path + "' must be a single value");
        }
        return scalar.getValue().trim();
    }

    /** A single value that may not be blank. */
    public String word() {
        String text = text();
        if (text.isEmpty()) {
            throw error("'" + path + "' must not be empty");
        }
        return text;
    }

    /** An id such as {@code recording-disclosure}: lower-case letters and digits joined by hyphens. */
    public String identifier() {
        String text = word();
        if (!IDENTIFIER.matcher(text).matches()) {
            throw error("'" + text + "' is not a valid id; use lower-case letters and digits joined by hyphens, "
                    + "such as 'recording-disclosure'");
        }
        return text;
    }

    public int integer(int minimum, int maximum) {
        String text = text();
        try {
            int value = Integer.parseInt(text);
            if (value < minimum || value > maximum) {
                throw error("'" + path + "' must be between " + minimum + " and " + maximum + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error("'" + path + "' must be a whole number, got '" + text + "'");
        }
    }

    public double decimal(double minimum, double maximum) {
        String text = text();
        try {
            double value = Double.parseDouble(text);
            if (!(value >= minimum && value <= maximum)) {
                throw error("'" + path + "' must be between " + minimum + " and " + maximum + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error("'" + path + "' must be a number, got '" + text + "'");
        }
    }

    /** The elements of a non-empty list. */
    public List<YamlNode> list() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("'" + path + "' must be a list (one '- item' per line, or [a, b])");
        }
        if (sequence.getValue().isEmpty()) {
            throw error("'" + path + "' must not be an empty list");
        }
        List<YamlNode> elements = new ArrayList<>();
        for (int index = 0; index < sequence.getValue().size(); index++) {
            String elementPath = path + "[" + (index + 1) + "]";
            elements.add(new YamlNode(file, context, elementPath, sequence.getValue().get(index)));
        }
        return List.copyOf(elements);
    }

    /** A non-empty list of non-blank single values. */
    public List<String> words() {
        return list().stream().map(YamlNode::word).toList();
    }

    public ConfigException error(String problem) {
        return error(node, problem);
    }

    /**
     * The content without comments, layout, quoting or key order: two files that mean the same thing give the same
     * text, so the pack hash changes only when what the pack says changes.
     */
    public String canonicalForm() {
        StringBuilder builder = new StringBuilder();
        appendCanonical(node, builder);
        return builder.toString();
    }

    /** SHA-256 (hex) of {@link #canonicalForm()}: results carry it so an audit can tell exactly which file made them. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash " + file + ": this JVM has no SHA-256", e);
        }
    }

    private static void appendCanonical(Node node, StringBuilder builder) {
        if (node instanceof ScalarNode scalar) {
            appendQuoted(scalar.getValue(), builder);
        } else if (node instanceof SequenceNode sequence) {
            builder.append('[');
            for (int index = 0; index < sequence.getValue().size(); index++) {
                builder.append(index == 0 ? "" : ",");
                appendCanonical(sequence.getValue().get(index), builder);
            }
            builder.append(']');
        } else if (node instanceof MappingNode mapping) {
            Map<String, Node> sorted = new TreeMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                StringBuilder key = new StringBuilder();
                appendCanonical(tuple.getKeyNode(), key);
                sorted.put(key.toString(), tuple.getValueNode());
            }
            builder.append('{');
            boolean first = true;
            for (Map.Entry<String, Node> entry : sorted.entrySet()) {
                builder.append(first ? "" : ",").append(entry.getKey()).append(':');
                appendCanonical(entry.getValue(), builder);
                first = false;
            }
            builder.append('}');
        } else {
            throw new IllegalStateException("Cannot hash a YAML node of type " + node.getNodeId());
        }
    }

    private static void appendQuoted(String value, StringBuilder builder) {
        builder.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }

    private Map<String, NodeTuple> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw error(path.isEmpty() ? "expected keys and values here" : "'" + path + "' must be keys and values");
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(tuple.getKeyNode(), "keys must be plain words");
            }
            if (entries.put(key.getValue(), tuple) != null) {
                throw error(key, "the key '" + qualified(key.getValue()) + "' appears twice");
            }
        }
        return entries;
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private ConfigException error(Node at, String problem) {
        int line = at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1;
        return new ConfigException("Cannot read " + file + " line " + line + ": "
                + (context.isEmpty() ? "" : context + ": ") + problem);
    }
}
