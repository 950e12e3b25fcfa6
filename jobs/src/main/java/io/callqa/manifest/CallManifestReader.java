package io.callqa.manifest;

import static io.callqa.rejects.RejectReason.AUDIO_URI_OUTSIDE_BASE;
import static io.callqa.rejects.RejectReason.DUPLICATE_CALL_ID;
import static io.callqa.rejects.RejectReason.INVALID_FIELD;
import static io.callqa.rejects.RejectReason.MISSING_FIELD;

import io.callqa.rejects.Reject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and validates a calls manifest. A file that cannot be used at all (missing, unknown type, missing
 * required columns) throws {@link ManifestException}; a bad row becomes a reject and the other rows go on.
 */
public final class CallManifestReader {
    public static final String STAGE = "manifest";
    public static final List<String> REQUIRED_COLUMNS = List.of("call_id", "audio_uri", "agent_id", "started_at");
    public static final List<String> OPTIONAL_COLUMNS =
            List.of("direction", "queue", "customer_id", "agent_channel");

    private final Function<Path, TabularFile.Contents> parquetReader;
    private final ChannelMaps channelMaps;

    /** A reader whose agent_channel column takes 0 / left and 1 / right only. */
    public CallManifestReader(Function<Path, TabularFile.Contents> parquetReader) {
        this(parquetReader, ChannelMaps.NONE);
    }

    /**
     * @param parquetReader reads a Parquet manifest, see {@link #parquetRows}; Spark is only needed for those
     * @param channelMaps the presets an agent_channel value may name, such as amazon-connect
     */
    public CallManifestReader(Function<Path, TabularFile.Contents> parquetReader, ChannelMaps channelMaps) {
        this.parquetReader = parquetReader;
        this.channelMaps = channelMaps;
    }

    public CallManifest read(Path manifest) {
        Path file = manifest.toAbsolutePath().normalize();
        TabularFile.Contents contents = TabularFile.read(file, parquetReader);
        List<String> missing = REQUIRED_COLUMNS.stream().filter(column -> !contents.columns().contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new ManifestException(String.format(
                    "Cannot read manifest %s: missing required column(s) %s; the file has %s. Required: %s",
                    file, String.join(", ", missing), contents.columns(), String.join(", ", REQUIRED_COLUMNS)));
        }
        Path baseFolder = file.getParent();
        List<CallRequest> calls = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        Set<String> seenCallIds = new HashSet<>();
        for (RawRow row : contents.rows()) {
            String source = file.getFileName() + ":" + row.line();
            try {
                CallRequest call = validate(row, source, baseFolder);
                if (!seenCallIds.add(call.callId())) {
                    throw new RowValidation(DUPLICATE_CALL_ID,
                            "Cannot accept manifest row: call_id " + call.callId() + " appears on an earlier row");
                }
                calls.add(call);
            } catch (RowValidation invalid) {
                rejects.add(new Reject(row.get("call_id"), source, STAGE, invalid.reason(), invalid.getMessage(),
                        row.get("audio_uri")));
            }
        }
        return new CallManifest(calls, rejects);
    }

    private CallRequest validate(RawRow row, String source, Path baseFolder) throws RowValidation {
        String unparseable = row.values().get(RowValidation.UNPARSEABLE);
        if (unparseable != null) {
            throw new RowValidation(INVALID_FIELD, "Cannot parse manifest row: " + unparseable);
        }
        String callId = required(row, "call_id");
        String audioUri = resolveAudioUri(required(row, "audio_uri"), baseFolder);
        String agentId = required(row, "agent_id");
        Instant startedAt = parseTimestamp(required(row, "started_at"));
        return new CallRequest(callId, audioUri, agentId, startedAt, row.get("direction"), row.get("queue"),
                row.get("customer_id"), parseAgentChannel(row.get("agent_channel")), source);
    }

    private static String required(RawRow row, String column) throws RowValidation {
        String value = row.get(column);
        if (value == null) {
            throw new RowValidation(MISSING_FIELD, "Cannot accept manifest row: " + column + " is empty");
        }
        return value;
    }

    /** ISO-8601 with an offset, or without one meaning UTC. */
    static Instant parseTimestamp(String text) throws RowValidation {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new RowValidation(INVALID_FIELD, "Cannot accept manifest row: started_at '" + text
                        + "' is not an ISO-8601 timestamp such as 2026-11-02T09:15:00Z");
            }
        }
    }

    private Integer parseAgentChannel(String text) throws RowValidation {
        if (text == null) {
            return null;
        }
        return channelMaps.agentChannel(text).orElseThrow(() -> new RowValidation(INVALID_FIELD,
                "Cannot accept manifest row: agent_channel '" + text + "' must be " + channelMaps.choices()));
    }

    /**
     * Relative paths resolve against the manifest's folder and must stay inside it, so that a manifest cannot
     * reach files such as {@code ../../etc/passwd}. Absolute paths and URIs are taken as given.
     */
    static String resolveAudioUri(String text, Path baseFolder) throws RowValidation {
        try {
            return resolveWellFormedAudioUri(text, baseFolder);
        } catch (IllegalArgumentException malformed) {
            // URI.create and Path.of throw on text such as "file:../a.wav" or "s3://bucket/%zz": one bad row, not a
            // bad batch.
            throw new RowValidation(INVALID_FIELD, "Cannot accept manifest row: audio_uri '" + text
                    + "' is neither a path nor a well-formed URI (" + malformed.getMessage()
                    + "); use a path, file:///absolute/path or s3://bucket/key");
        }
    }

    private static String resolveWellFormedAudioUri(String text, Path baseFolder) throws RowValidation {
        if (text.startsWith("s3://")) {
            URI uri = URI.create(text.replace(" ", "%20"));
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new RowValidation(INVALID_FIELD,
                        "Cannot accept manifest row: audio_uri '" + text + "' must look like s3://bucket/key");
            }
            return text;
        }
        if (text.startsWith("file:")) {
            return Path.of(URI.create(text)).toString();
        }
        if (text.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            throw new RowValidation(INVALID_FIELD,
                    "Cannot accept manifest row: audio_uri '" + text + "' uses an unsupported scheme; use a path, file: or s3://");
        }
        Path path = Path.of(text);
        if (path.isAbsolute()) {
            return path.normalize().toString();
        }
        Path resolved = baseFolder.resolve(path).normalize();
        if (!resolved.startsWith(baseFolder)) {
            throw new RowValidation(AUDIO_URI_OUTSIDE_BASE, "Cannot accept manifest row: audio_uri '" + text
                    + "' leads outside the manifest's folder " + baseFolder);
        }
        return resolved.toString();
    }
}
