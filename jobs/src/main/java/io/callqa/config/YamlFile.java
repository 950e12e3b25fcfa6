package io.callqa.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML file that people write (the settings, rule packs, scorecards, channel presets), bound by Jackson into a record
 * that mirrors its keys, strictly: an unknown key, a list where one value belongs or a word where a number belongs is
 * an error, never ignored. Operators, compliance officers and QA leads write these files, so every error names the
 * file, the line, the part of the file it is in and what to fix.
 * <p>
 * What the binding cannot check (ranges, ids, required keys, references between entries) the reader checks with the
 * methods here, naming the value by its JSON pointer, such as {@code /rules/0/kind}: the error finds the line.
 *
 * @param <T> the record the file binds to; its components are the keys in snake case ({@code agentChannel} is
 *     {@code agent_channel}), missing keys are null
 */
public final class YamlFile<T> {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String LIST_SHAPE = " must be a list (one '- item' per line, or [a, b])";
    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // An empty value is not a zero, and 1 is not true: say so rather than guess.
            .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString,
                    CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, config -> config.setCoercion(CoercionInputShape.Integer,
                    CoercionAction.Fail))
            .build();

    private final Path file;
    private final Naming naming;
    private final YamlDocument document;
    private final T content;

    private YamlFile(Path file, Naming naming, YamlDocument document, Class<T> type, String text) {
        this.file = file;
        this.naming = naming;
        this.document = document;
        try {
            this.content = MAPPER.readValue(text, type);
        } catch (JsonMappingException e) {
            throw bindingError(e);
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    public static <T> YamlFile<T> read(Path file, Class<T> type, Naming naming) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("Cannot read " + file + ": the file does not exist");
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
        YamlDocument document;
        try {
            document = YamlDocument.parse((YAMLFactory) MAPPER.getFactory(), text)
                    .orElseThrow(() -> new ConfigException("Cannot read " + file + ": the file is empty"));
        } catch (IOException e) {
            throw notYaml(file, text, e);
        }
        document.firstDuplicateKey().ifPresent(duplicate -> {
            throw new ConfigException("Cannot read " + file + " line " + duplicate.line() + ": "
                    + naming.context(duplicate.at(), document) + "the key '" + naming.name(duplicate.at())
                    + "' appears twice");
        });
        return new YamlFile<>(file, naming, document, type, text);
    }

    public T content() {
        return content;
    }

    /** See {@link YamlDocument#contentHash()}: the same for files that say the same thing. */
    public String contentHash() {
        return document.contentHash();
    }

    /** Whether the file has the key (even with an empty value). */
    public boolean has(String at) {
        return document.place(at).isPresent();
    }

    /** An error at the value {@code at}, or where it would be (the mapping that lacks it). */
    public ConfigException error(String at, String problem) {
        return new ConfigException("Cannot read " + file + " line " + valueLine(at) + ": "
                + naming.context(at, document) + problem);
    }

    private ConfigException missing(String at) {
        return error(at, naming.displayed(at) + " is missing");
    }

    /** A value checked by one of the methods below that the file must have. */
    public <V> V required(String at, Optional<V> value) {
        return value.orElseThrow(() -> missing(at));
    }

    /** A mapping the file has (a section, an entry of a list), which an empty value is not. */
    public <V> V mapping(String at, V value) {
        if (value == null) {
            throw error(at, notAMapping(at));
        }
        return value;
    }

    /** A single value that may not be blank, trimmed; required. */
    public String word(String at, String value) {
        return optionalWord(at, value).orElseThrow(() -> missing(at));
    }

    public Optional<String> optionalWord(String at, String value) {
        if (!has(at)) {
            return Optional.empty();
        }
        if (value == null || value.isBlank()) {
            throw error(at, naming.displayed(at) + " must not be empty");
        }
        return Optional.of(value.trim());
    }

    /** An id such as {@code recording-disclosure}: lower-case letters and digits joined by hyphens; required. */
    public String identifier(String at, String value) {
        String text = word(at, value);
        if (!IDENTIFIER.matcher(text).matches()) {
            throw error(at, "'" + text + "' is not a valid id; use lower-case letters and digits joined by hyphens, "
                    + "such as 'recording-disclosure'");
        }
        return text;
    }

    public Optional<String> optionalIdentifier(String at, String value) {
        return has(at) ? Optional.of(identifier(at, value)) : Optional.empty();
    }

    /** A non-empty list; required. */
    public <E> List<E> list(String at, List<E> value) {
        return optionalList(at, value).orElseThrow(() -> missing(at));
    }

    private <E> Optional<List<E>> optionalList(String at, List<E> value) {
        if (!has(at)) {
            return Optional.empty();
        }
        if (value == null) {
            throw error(at, naming.displayed(at) + LIST_SHAPE);
        }
        if (value.isEmpty()) {
            throw error(at, naming.displayed(at) + " must not be an empty list");
        }
        return Optional.of(value);
    }

    /** A non-empty list of non-blank single values, if the file has one. */
    public Optional<List<String>> optionalWords(String at, List<String> value) {
        return optionalList(at, value).map(words -> {
            List<String> checked = new ArrayList<>();
            for (int index = 0; index < words.size(); index++) {
                checked.add(word(at + "/" + index, words.get(index)));
            }
            return List.copyOf(checked);
        });
    }

    /** A whole number in range, if the file has one. */
    public Optional<Long> integer(String at, Long value, long minimum, long maximum) {
        if (!has(at)) {
            return Optional.empty();
        }
        if (value == null) {
            throw error(at, naming.displayed(at) + " must be a whole number, got ''");
        }
        if (value < minimum || value > maximum) {
            throw error(at, naming.displayed(at) + " must be between " + minimum + " and " + maximum + ", got "
                    + value);
        }
        return Optional.of(value);
    }

    public Optional<Integer> integer(String at, Integer value, int minimum, int maximum) {
        return integer(at, value == null ? null : value.longValue(), minimum, maximum).map(Long::intValue);
    }

    /** A number in range, if the file has one. */
    public Optional<Double> decimal(String at, Double value, double minimum, double maximum) {
        if (!has(at)) {
            return Optional.empty();
        }
        if (value == null) {
            throw error(at, naming.displayed(at) + " must be a number, got ''");
        }
        if (!(value >= minimum && value <= maximum)) {
            throw error(at, naming.displayed(at) + " must be between " + minimum + " and " + maximum + ", got "
                    + value);
        }
        return Optional.of(value);
    }

    public Optional<Boolean> bool(String at, Boolean value) {
        if (has(at) && value == null) {
            throw error(at, naming.displayed(at) + " must be true or false, got ''");
        }
        return Optional.ofNullable(value);
    }

    private int valueLine(String at) {
        for (String place = at; ; place = place.substring(0, place.lastIndexOf('/'))) {
            Optional<YamlDocument.Place> found = document.place(place);
            if (found.isPresent()) {
                return found.get().valueLine();
            }
        }
    }

    /** Jackson's complaint about the shape of a value, said in the file's own terms. */
    private ConfigException bindingError(JsonMappingException e) {
        String at = pointer(e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            int line = document.place(at).map(YamlDocument.Place::keyLine).orElseGet(() -> valueLine(at));
            return new ConfigException("Cannot read " + file + " line " + line + ": " + naming.context(at, document)
                    + "unknown key '" + naming.name(at) + "'; expected one of " + known);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return error(at, shapeProblem(at, mismatch.getTargetType()));
        }
        return error(at, e.getOriginalMessage());
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        String at = "";
        for (JsonMappingException.Reference reference : path) {
            at = reference.getFieldName() != null ? YamlDocument.member(at, reference.getFieldName())
                    : at + "/" + reference.getIndex();
        }
        return at;
    }

    private String shapeProblem(String at, Class<?> type) {
        String name = naming.displayed(at);
        String text = document.place(at).map(YamlDocument.Place::text).orElse(null);
        if (Collection.class.isAssignableFrom(type)) {
            return name + LIST_SHAPE;
        }
        if (!type.isRecord() && !Map.class.isAssignableFrom(type) && text == null) {
            return name + " must be a single value";
        }
        if (type == Integer.class || type == Long.class) {
            return name + " must be a whole number, got '" + text + "'";
        }
        if (type == Double.class) {
            return name + " must be a number, got '" + text + "'";
        }
        if (type == Boolean.class) {
            return name + " must be true or false, got '" + text + "'";
        }
        return notAMapping(at);
    }

    private String notAMapping(String at) {
        String name = naming.displayed(at);
        return name.isEmpty() ? "expected keys and values here" : name + " must be keys and values";
    }

    private static ConfigException notYaml(Path file, String content, IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                return new ConfigException("Cannot read " + file + " line " + (marked.getProblemMark().getLine() + 1)
                        + ": not valid YAML: " + marked.getProblem() + hintForBraces(content, marked));
            }
        }
        return new ConfigException("Cannot read " + file + ": not valid YAML: " + e.getMessage());
    }

    /**
     * YAML reads an unquoted {@code {name} speaking}, or a placeholder inside {@code [...]}, as the start of a mapping:
     * the likeliest mistake in a rule pack.
     */
    private static String hintForBraces(String content, MarkedYAMLException e) {
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

    /**
     * How a file's errors say where they are: inside which part (an entry of a list, told by its id, or a section),
     * and the key from there, such as {@code rule 'greeting': unknown key 'applies_to.queue'}.
     *
     * @param quotedKeys {@code 'matching.word_similarity' must be ...} rather than
     *     {@code metrics.talk_gap_ms must be ...}
     */
    public record Naming(boolean quotedKeys, List<Part> parts) {
        /** The settings file: keys named in full and bare, as operators write them in their own messages. */
        public static final Naming SETTINGS = new Naming(false, List.of());

        public static Naming quoted(Part... parts) {
            return new Naming(true, List.of(parts));
        }

        /** The key {@code at} names, from the part it is in: {@code phrases[1].all}. */
        String name(String at) {
            Optional<String> root = partOf(at).map(match -> match.root);
            List<String> segments = segments(at.substring(root.orElse("").length()));
            StringBuilder name = new StringBuilder();
            for (String segment : segments) {
                if (isIndex(segment)) {
                    name.append('[').append(Integer.parseInt(segment) + 1).append(']');
                } else {
                    name.append(name.isEmpty() ? "" : ".").append(segment);
                }
            }
            return name.toString();
        }

        String displayed(String at) {
            String name = name(at);
            return quotedKeys && !name.isEmpty() ? "'" + name + "'" : name;
        }

        /** "rule 'greeting': ", or "" outside any part. */
        String context(String at, YamlDocument document) {
            return partOf(at).map(match -> match.part.describe(match.root, document) + ": ").orElse("");
        }

        private Optional<PartMatch> partOf(String at) {
            List<String> segments = segments(at);
            PartMatch deepest = null;
            for (Part part : parts) {
                List<String> pattern = segments(part.pointer());
                int length = pattern.size() + (part.noun() == null ? 0 : 1);
                if (segments.size() < length || (deepest != null && length <= segments(deepest.root).size())) {
                    continue;
                }
                boolean matches = part.noun() == null || isIndex(segments.get(pattern.size()));
                for (int index = 0; index < pattern.size() && matches; index++) {
                    matches = pattern.get(index).equals("*") ? isIndex(segments.get(index))
                            : pattern.get(index).equals(segments.get(index));
                }
                if (matches) {
                    deepest = new PartMatch(part, "/" + String.join("/", segments.subList(0, length)));
                }
            }
            return Optional.ofNullable(deepest);
        }

        private record PartMatch(Part part, String root) {}

        private static List<String> segments(String pointer) {
            return pointer.isEmpty() ? List.of() : List.of(pointer.substring(1).split("/", -1));
        }

        private static boolean isIndex(String segment) {
            return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
        }
    }

    /**
     * A part of a file that errors name.
     *
     * @param pointer where it is; {@code *} stands for any index, as in {@code /sections/*}{@code /criteria}
     * @param noun for a list, what its entries are ("rule"), each named by its id, or by its place while its id is not
     *     valid; null for a section, named by its key
     */
    public record Part(String pointer, String noun) {
        public static Part entriesOf(String list, String noun) {
            return new Part(list, noun);
        }

        public static Part section(String pointer) {
            return new Part(pointer, null);
        }

        private String describe(String root, YamlDocument document) {
            if (noun == null) {
                return root.substring(root.lastIndexOf('/') + 1);
            }
            String id = document.place(root + "/id").map(YamlDocument.Place::text).map(String::trim).orElse(null);
            if (id != null && IDENTIFIER.matcher(id).matches()) {
                return noun + " '" + id + "'";
            }
            String list = root.substring(0, root.lastIndexOf('/'));
            int index = Integer.parseInt(root.substring(root.lastIndexOf('/') + 1));
            int size = document.place(list).map(YamlDocument.Place::size).orElse(0);
            return noun + " " + (index + 1) + " of " + size;
        }
    }
}
