package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.G711;
import io.callqa.audio.WavDecoder;
import io.callqa.jobs.TranscribeJob.TranscribeResult;
import io.callqa.manifest.CallManifest;
import io.callqa.tables.SchemaFile;
import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedSpark;
import io.callqa.testing.WavWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The transcribe stage on local Spark over a batch mixing good calls, bad audio and bad manifest rows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TranscribeJobTest {
    private Path folder;
    private SparkSession spark;
    private Path manifestFile;
    private String out;
    private TranscribeResult firstRun;

    /** Expected fate of every manifest row: a call id, or the reject reason of the row. */
    private static final Map<String, String> EXPECTED_REJECTS = Map.of(
            "empty", "EMPTY_AUDIO",
            "text", "NOT_WAV",
            "truncated", "TRUNCATED_AUDIO",
            "truespeech", "UNSUPPORTED_AUDIO_FORMAT",
            "three-channels", "TOO_MANY_CHANNELS",
            "missing", "AUDIO_NOT_FOUND",
            "bad-time", "INVALID_FIELD",
            "escape", "AUDIO_URI_OUTSIDE_BASE");

    @BeforeAll
    void transcribeTheBatch(@TempDir Path temporaryFolder) throws Exception {
        folder = temporaryFolder;
        spark = SharedSpark.get();
        Path calls = Files.createDirectories(folder.resolve("batch/calls"));
        copyFixture("tt-weasels.wav", calls.resolve("mono.wav"));
        Files.write(calls.resolve("stereo.wav"), mulawStereo(fixture("tt-allbusy.wav"), fixture("privacy-prompt.wav")));
        Files.write(calls.resolve("empty.wav"), new byte[0]);
        Files.writeString(calls.resolve("text.wav"), "this is not audio\n");
        // Cut off before its first whole sample (a recording cut later is transcribed, see BadInputCorpusTest).
        Files.write(calls.resolve("truncated.wav"), WavWriter.wav(1, 1, 8000, 16, new byte[1], 64000));
        Files.write(calls.resolve("truespeech.wav"), WavWriter.wav(0x22, 1, 8000, 1, new byte[4000]));
        Files.write(calls.resolve("three.wav"), WavWriter.wav(1, 3, 8000, 16, new byte[4800]));
        manifestFile = Files.writeString(folder.resolve("batch/calls.csv"), """
                call_id,audio_uri,agent_id,started_at,queue,agent_channel
                mono,calls/mono.wav,A100,2026-11-02T09:00:00Z,billing,
                stereo,calls/stereo.wav,A200,2026-11-03T23:30:00-02:00,sales,1
                empty,calls/empty.wav,A100,2026-11-02T09:05:00Z,,
                text,calls/text.wav,A100,2026-11-02T09:06:00Z,,
                truncated,calls/truncated.wav,A100,2026-11-02T09:07:00Z,,
                truespeech,calls/truespeech.wav,A100,2026-11-02T09:08:00Z,,
                three-channels,calls/three.wav,A100,2026-11-02T09:09:00Z,,
                missing,calls/missing.wav,A100,2026-11-02T09:10:00Z,,
                bad-time,calls/mono.wav,A100,last tuesday,,
                mono,calls/stereo.wav,A100,2026-11-02T09:11:00Z,,
                escape,../../etc/passwd,A100,2026-11-02T09:12:00Z,,
                ,calls/mono.wav,A100,2026-11-02T09:13:00Z,,
                """);
        out = folder.resolve("out").toString();
        firstRun = transcribe(false);
    }

    @Test
    @Order(1)
    void putsEveryManifestRowExactlyOnceInTheOutputsOrInRejects() {
        List<Row> metrics = table(Tables.CALL_METRICS).select("call_id").collectAsList();
        List<Row> rejects = table(Tables.REJECTS).select("call_id", "source", "reason", "stage").collectAsList();

        assertThat(metrics).extracting(row -> row.getString(0)).containsExactlyInAnyOrder("mono", "stereo");
        assertThat(rejects).extracting(row -> row.getString(1)).doesNotHaveDuplicates().hasSize(10);
        assertThat(metrics.size() + rejects.size()).isEqualTo(12);
        Map<String, String> reasons = rejects.stream().filter(row -> !row.isNullAt(0))
                .filter(row -> !row.getString(2).equals("DUPLICATE_CALL_ID"))
                .collect(Collectors.toMap(row -> row.getString(0), row -> row.getString(2)));
        assertThat(reasons).isEqualTo(EXPECTED_REJECTS);
        assertThat(rejects).extracting(row -> row.getString(1), row -> row.getString(2), row -> row.getString(3))
                .contains(tuple("calls.csv:11", "DUPLICATE_CALL_ID", "manifest"),
                        tuple("calls.csv:13", "MISSING_FIELD", "manifest"),
                        tuple("calls.csv:4", "EMPTY_AUDIO", "transcribe"));
        assertThat(firstRun).isEqualTo(new TranscribeResult(12, 2, 0, 10, firstRun.audioMillis(),
                firstRun.processingMillis(), firstRun.wallMillis()));
    }

    @Test
    @Order(2)
    void attributesRolesByTheManifestsAgentChannelAndPartitionsByUtcCallDate() throws Exception {
        List<Row> utterances = table(Tables.TRANSCRIPTS).where("call_id = 'stereo'")
                .select("role", "channel", "text", "call_date").collectAsList();

        // agent_channel 1: the right channel (privacy prompt) is the agent.
        assertThat(utterances).extracting(row -> row.getString(0), row -> row.getInt(1))
                .contains(tuple("customer", 0), tuple("agent", 1));
        assertThat(utterances).filteredOn(row -> row.getString(0).equals("agent"))
                .extracting(row -> row.getString(2)).anySatisfy(text -> assertThat(text).contains("area code"));
        assertThat(utterances).extracting(row -> row.get(3).toString()).containsOnly("2026-11-04");
        assertThat(Path.of(out, "transcripts", "data", "call_date=2026-11-04")).isDirectory();
        // The mono call is one voice (a telephone prompt): the speaker model says so, and gives every utterance one
        // role at confidence 0.5.
        assertThat(table(Tables.TRANSCRIPTS).where("call_id = 'mono'").select("role", "role_confidence").distinct()
                .collectAsList()).extracting(row -> row.getString(0), row -> row.getDouble(1))
                .containsExactly(tuple("agent", 0.5));
        assertThat(table(Tables.CALL_METRICS).where("call_id = 'mono'").select("speaker_separation", "voices")
                .collectAsList()).extracting(row -> row.getString(0), row -> row.get(1)).containsExactly(tuple("model", 1));
    }

    @Test
    @Order(3)
    void writesEveryTableAsItsSchemaFileDeclares() {
        for (TableDefinition table : List.of(Tables.TRANSCRIPTS, Tables.CALL_METRICS, Tables.REJECTS)) {
            StructType declared = SchemaFile.read(SchemaFile.location(CallqaTestHome.home().resolve("schemas"), table.name()));
            StructType written = spark.table(new TableStore(spark, out).qualified(table.name())).schema();
            assertThat(namesAndTypes(written)).as(table.name()).isEqualTo(namesAndTypes(declared));
        }
    }

    @Test
    @Order(4)
    void skipsCallsAlreadyTranscribedFromTheSameAudioAndWritesNoDuplicates() throws Exception {
        long utterancesBefore = table(Tables.TRANSCRIPTS).count();

        TranscribeResult rerun = transcribe(false);

        assertThat(rerun.skipped()).isEqualTo(2);
        assertThat(rerun.transcribed()).isZero();
        assertThat(table(Tables.TRANSCRIPTS).count()).isEqualTo(utterancesBefore);
        assertThat(table(Tables.CALL_METRICS).count()).isEqualTo(2);
        assertThat(table(Tables.REJECTS).count()).isEqualTo(10);
    }

    @Test
    @Order(5)
    void reprocessesOnRequestAndWhenTheAudioChanged() throws Exception {
        long utterancesBefore = table(Tables.TRANSCRIPTS).count();
        TranscribeResult forced = transcribe(true);
        assertThat(forced.transcribed()).isEqualTo(2);
        assertThat(table(Tables.TRANSCRIPTS).count()).isEqualTo(utterancesBefore);

        copyFixture("vm-newuser.wav", folder.resolve("batch/calls/mono.wav"));
        TranscribeResult changed = transcribe(false);

        assertThat(changed.transcribed()).isEqualTo(1);
        assertThat(changed.skipped()).isEqualTo(1);
        assertThat(table(Tables.TRANSCRIPTS).where("call_id = 'mono'").select("text").collectAsList())
                .extracting(row -> row.getString(0)).singleElement().asString().contains("setup process");
        assertThat(table(Tables.CALL_METRICS).count()).isEqualTo(2);
        assertThat(table(Tables.REJECTS).count()).isEqualTo(10);
    }

    private TranscribeResult transcribe(boolean reprocess) {
        CallManifest manifest = TranscribeJob.readManifest(spark, manifestFile);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        TranscribeResult result = new TranscribeJob(spark, CallqaTestHome.config(), CallqaTestHome.rulePack(),
                new PrintStream(console))
                .reprocess(reprocess)
                .run(manifest, out);
        int calls = manifest.calls().size();
        assertThat(console.toString()).contains("transcribe: " + calls + "/" + calls + " calls");
        return result;
    }

    private org.apache.spark.sql.Dataset<Row> table(TableDefinition table) {
        return new TableStore(spark, out).read(table.name(), table.schema());
    }

    static List<String> namesAndTypes(StructType schema) {
        return java.util.Arrays.stream(schema.fields())
                .map(field -> field.name() + " " + field.dataType().asNullable().simpleString())
                .toList();
    }

    private static Path fixturePath(String name) {
        return CallqaTestHome.testResource("speech/asterisk/" + name);
    }

    private static DecodedAudio fixture(String name) throws Exception {
        return WavDecoder.decode(Files.readAllBytes(fixturePath(name)));
    }

    private static void copyFixture(String name, Path target) throws Exception {
        Files.copy(fixturePath(name), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A two-party telephone recording: G.711 μ-law, 8 kHz, one prompt per channel. */
    private static byte[] mulawStereo(DecodedAudio left, DecodedAudio right) {
        int frames = Math.max(left.frameCount(), right.frameCount());
        byte[] data = new byte[frames * 2];
        for (int frame = 0; frame < frames; frame++) {
            data[2 * frame] = G711.linearToMulaw(frame < left.frameCount() ? left.channel(0)[frame] : 0);
            data[2 * frame + 1] = G711.linearToMulaw(frame < right.frameCount() ? right.channel(0)[frame] : 0);
        }
        return WavWriter.wav(7, 2, 8000, 8, data);
    }
}
