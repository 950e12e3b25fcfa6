package io.callqa.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callqa.rejects.Reject;
import io.callqa.rejects.RejectReason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallManifestReaderTest {
    private static final CallManifestReader READER = new CallManifestReader(file -> {
        throw new AssertionError("no Parquet in these tests");
    });

    @TempDir
    Path folder;

    @Test
    void readsValidRowsAndResolvesAudioAgainstTheManifestFolder() throws Exception {
        Path manifest = write("calls.csv", """
                call_id,audio_uri,agent_id,started_at,direction,queue,customer_id,agent_channel
                c1,calls/c1.wav,A100,2026-11-02T09:15:00Z,inbound,billing,K1,1
                "c2","s3://bucket/calls/c2.wav",A200,2026-11-02T10:15:00+01:00,,,,
                """);

        CallManifest result = READER.read(manifest);

        assertThat(result.rejects()).isEmpty();
        assertThat(result.calls()).containsExactly(
                new CallRequest("c1", folder.resolve("calls/c1.wav").toString(), "A100",
                        Instant.parse("2026-11-02T09:15:00Z"), "inbound", "billing", "K1", 1, "calls.csv:2"),
                new CallRequest("c2", "s3://bucket/calls/c2.wav", "A200",
                        Instant.parse("2026-11-02T09:15:00Z"), null, null, null, null, "calls.csv:3"));
    }

    /** The recording platforms' channel presets of conf/channel-maps.yaml, by name, one call at a time. */
    @Test
    void takesARecordingPlatformsChannelPresetPerRow() throws Exception {
        CallManifestReader reader = new CallManifestReader(file -> {
            throw new AssertionError("no Parquet in these tests");
        }, ChannelMaps.load(io.callqa.testing.CallqaTestHome.home().resolve("conf/channel-maps.yaml")));
        Path manifest = write("calls.csv", """
                call_id,audio_uri,agent_id,started_at,agent_channel
                connect,a.wav,A1,2026-11-02T09:00:00Z,amazon-connect
                verint,b.wav,A1,2026-11-02T09:00:00Z,Verint
                avaya,c.wav,A1,2026-11-02T09:00:00Z,avaya
                genesys,d.wav,A1,2026-11-02T09:00:00Z,genesys-dual-channel
                right,e.wav,A1,2026-11-02T09:00:00Z,right
                misspelt,f.wav,A1,2026-11-02T09:00:00Z,amazon
                """);

        CallManifest result = reader.read(manifest);

        assertThat(result.calls()).extracting(CallRequest::callId, CallRequest::agentChannel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("connect", 1), org.assertj.core.groups.Tuple.tuple("verint", 0),
                org.assertj.core.groups.Tuple.tuple("avaya", 0), org.assertj.core.groups.Tuple.tuple("genesys", 1),
                org.assertj.core.groups.Tuple.tuple("right", 1));
        assertThat(result.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.reason()).isEqualTo(RejectReason.INVALID_FIELD);
            assertThat(reject.message()).isEqualTo("Cannot accept manifest row: agent_channel 'amazon' must be 0 (left), "
                    + "1 (right) or a preset of conf/channel-maps.yaml: amazon-connect, avaya, genesys-dual-channel, verint");
        });
    }

    @Test
    void rejectsEachBadRowWithItsReasonAndKeepsTheRest() throws Exception {
        Path manifest = write("calls.csv", """
                call_id,audio_uri,agent_id,started_at,agent_channel
                ok,a.wav,A1,2026-11-02T09:00:00Z,
                ,b.wav,A1,2026-11-02T09:00:00Z,
                bad-time,c.wav,A1,yesterday,
                ok,d.wav,A1,2026-11-02T09:00:00Z,
                escape,../../etc/passwd,A1,2026-11-02T09:00:00Z,
                channel,e.wav,A1,2026-11-02T09:00:00Z,3
                no-agent,f.wav,,2026-11-02T09:00:00Z,
                short,g.wav
                """);

        CallManifest result = READER.read(manifest);

        assertThat(result.calls()).extracting(CallRequest::callId).containsExactly("ok");
        assertThat(result.rejects()).extracting(Reject::source, Reject::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("calls.csv:3", RejectReason.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple("calls.csv:4", RejectReason.INVALID_FIELD),
                org.assertj.core.groups.Tuple.tuple("calls.csv:5", RejectReason.DUPLICATE_CALL_ID),
                org.assertj.core.groups.Tuple.tuple("calls.csv:6", RejectReason.AUDIO_URI_OUTSIDE_BASE),
                org.assertj.core.groups.Tuple.tuple("calls.csv:7", RejectReason.INVALID_FIELD),
                org.assertj.core.groups.Tuple.tuple("calls.csv:8", RejectReason.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple("calls.csv:9", RejectReason.INVALID_FIELD));
        assertThat(result.rejects()).allSatisfy(reject -> assertThat(reject.message()).startsWith("Cannot "));
        assertThat(result.rowCount()).isEqualTo(8);
    }

    /** URI.create and Path.of throw on these; that must stay one rejected row, not an exception that stops the run. */
    @Test
    void rejectsAMalformedAudioUriAsOneRow() throws Exception {
        Path manifest = write("calls.csv", """
                call_id,audio_uri,agent_id,started_at
                relative-file-uri,file:../../etc/passwd,A1,2026-11-02T09:00:00Z
                bad-escape,s3://bucket/%zz.wav,A1,2026-11-02T09:00:00Z
                ok,a.wav,A1,2026-11-02T09:00:00Z
                """);

        CallManifest result = READER.read(manifest);

        assertThat(result.calls()).extracting(CallRequest::callId).containsExactly("ok");
        assertThat(result.rejects()).extracting(Reject::callId, Reject::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("relative-file-uri", RejectReason.INVALID_FIELD),
                org.assertj.core.groups.Tuple.tuple("bad-escape", RejectReason.INVALID_FIELD));
        assertThat(result.rejects()).allSatisfy(reject -> assertThat(reject.message())
                .startsWith("Cannot accept manifest row: audio_uri '").contains("use a path, file:///absolute/path or s3://"));
    }

    @Test
    void readsJsonLinesAndRejectsALineThatIsNotJson() throws Exception {
        Path manifest = write("calls.jsonl", """
                {"call_id": "j1", "audio_uri": "j1.wav", "agent_id": "A1", "started_at": "2026-11-02T09:00:00"}
                {"call_id": "j2", "audio_uri": 
                {"call_id": "j3", "audio_uri": "j3.wav", "agent_id": "A1", "started_at": "2026-11-03T09:00:00Z", "agent_channel": 0}
                """);

        CallManifest result = READER.read(manifest);

        assertThat(result.calls()).extracting(CallRequest::callId, CallRequest::agentChannel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("j1", null), org.assertj.core.groups.Tuple.tuple("j3", 0));
        assertThat(result.calls().get(0).startedAt()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
        assertThat(result.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.source()).isEqualTo("calls.jsonl:2");
            assertThat(reject.reason()).isEqualTo(RejectReason.INVALID_FIELD);
        });
    }

    @Test
    void failsBeforeAnyWorkWhenRequiredColumnsAreMissing() throws Exception {
        Path manifest = write("calls.csv", "call_id,audio,agent_id\nc1,a.wav,A1\n");

        assertThatThrownBy(() -> READER.read(manifest))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("Cannot read manifest")
                .hasMessageContaining("missing required column(s) audio_uri, started_at");
    }

    @Test
    void failsOnAMissingFileAndAnUnknownFileType() throws Exception {
        assertThatThrownBy(() -> READER.read(folder.resolve("nothing.csv")))
                .isInstanceOf(ManifestException.class).hasMessageContaining("does not exist");
        Path excel = write("calls.xlsx", "x");
        assertThatThrownBy(() -> READER.read(excel))
                .isInstanceOf(ManifestException.class).hasMessageContaining("use .csv, .jsonl or .parquet");
    }

    @Test
    void validatesTheAgentRoster() throws Exception {
        AgentRosterReader roster = new AgentRosterReader(file -> {
            throw new AssertionError("no Parquet in these tests");
        });
        Path good = write("agents.csv", "agent_id,agent_name,team,supervisor_id,hire_date\nA1,Ann,T1,S1,2024-01-02\n");
        Path bad = write("bad.csv", "agent_id,agent_name,team,supervisor_id,hire_date\nA1,Ann,T1,S1,someday\nA1,Bo,T1,S1,\n");
        Path missing = write("missing.csv", "agent_id,agent_name\nA1,Ann\n");

        assertThat(roster.validate(good)).isEqualTo(1);
        assertThatThrownBy(() -> roster.validate(bad)).isInstanceOf(ManifestException.class)
                .hasMessageContaining("line 2: hire_date 'someday'")
                .hasMessageContaining("line 3: agent_id A1 appears twice");
        assertThatThrownBy(() -> roster.validate(missing)).isInstanceOf(ManifestException.class)
                .hasMessageContaining("missing required column(s) team, supervisor_id, hire_date");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }
}
