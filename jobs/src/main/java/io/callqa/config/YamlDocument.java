package io.callqa.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * What a YAML file says apart from its binding: where each value is (the line of its key and of the value, by JSON
 * pointer such as {@code /rules/0/kind}), its scalars as written, and its canonical form. Read from the same parser
 * events Jackson binds from.
 */
final class YamlDocument {
    /**
     * One value of the file.
     *
     * @param keyLine the line of the key that names it (of the value itself for a list element or the whole document)
     * @param valueLine the line the value starts on
     * @param text a scalar as written (a number keeps its digits, an empty value is ""), or null for a list or mapping
     * @param size a list's number of elements
     */
    record Place(int keyLine, int valueLine, String text, int size) {}

    /**
     * A key that appears a second time in one mapping, where Jackson would keep the last value silently.
     *
     * @param at the key's pointer
     * @param line the line of its second appearance
     */
    record DuplicateKey(String at, int line) {}

    private final Map<String, Place> places = new HashMap<>();
    private final List<DuplicateKey> duplicateKeys = new ArrayList<>();
    private String canonicalForm;

    private YamlDocument() {}

    /** The document in {@code content}, or empty when it holds nothing but comments. */
    static Optional<YamlDocument> parse(YAMLFactory factory, String content) throws IOException {
        try (JsonParser parser = factory.createParser(content)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            YamlDocument document = new YamlDocument();
            document.canonicalForm = document.walk(parser, "", parser.currentTokenLocation().getLineNr());
            return Optional.of(document);
        }
    }

    Optional<Place> place(String at) {
        return Optional.ofNullable(places.get(at));
    }

    Optional<DuplicateKey> firstDuplicateKey() {
        return duplicateKeys.stream().findFirst();
    }

    /**
     * SHA-256 (hex) of the content without comments, layout, quoting or key order: two files that mean the same thing
     * give the same hash, so it changes only when what the file says changes. Results carry it so an audit can tell
     * exactly which file made them.
     */
    String contentHash() {
        return DigestUtils.sha256Hex(canonicalForm);
    }

    /** The pointer to {@code key} of the mapping at {@code at}, escaped as JSON pointers escape. */
    static String member(String at, String key) {
        return at + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** Records the value the parser is at, and what it holds, under {@code at}; returns its canonical form. */
    private String walk(JsonParser parser, String at, int keyLine) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            places.put(at, new Place(keyLine, line, null, 0));
            Map<String, String> members = new TreeMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String member = member(at, parser.currentName());
                int memberKeyLine = parser.currentTokenLocation().getLineNr();
                if (places.containsKey(member)) {
                    // Reported as it is; the first value stays the one the errors go by.
                    duplicateKeys.add(new DuplicateKey(member, memberKeyLine));
                    parser.nextToken();
                    parser.skipChildren();
                    continue;
                }
                String key = quoted(parser.currentName());
                parser.nextToken();
                members.put(key, walk(parser, member, memberKeyLine));
            }
            return members.entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (token == JsonToken.START_ARRAY) {
            List<String> elements = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int elementLine = parser.currentTokenLocation().getLineNr();
                elements.add(walk(parser, at + "/" + elements.size(), elementLine));
            }
            places.put(at, new Place(keyLine, line, null, elements.size()));
            return "[" + String.join(",", elements) + "]";
        }
        places.put(at, new Place(keyLine, line, parser.getText(), 0));
        return quoted(parser.getText());
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
