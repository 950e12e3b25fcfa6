package io.callqa.jobs;

import static io.callqa.testing.Sox.sox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.DurationLimit;
import io.callqa.audio.G711;
import io.callqa.audio.WavDecoder;
import io.callqa.cli.CallqaCommand;
import io.callqa.config.CallqaConfig;
import io.callqa.rules.RulePack;
import io.callqa.score.Scorecard;
import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import io.callqa.testing.BatchAccounting;
import io.callqa.testing.BatchAccounting.StageCount;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedSpark;
import io.callqa.testing.Sox;
import io.callqa.testing.WavWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input we know of, in one batch with good calls, through the transcribe and analyze stages: each
 * case with the outcome it must get. No bad row may stop the batch, and every row must end up exactly once in a
 * stage's output or in rejects. Bad S3 objects and S3 outages are in {@link S3FaultTest}; a bad rule pack, which stops
 * the run rather than one call, is the last test here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusTest {
    private static final String TRANSCRIBED = "TRANSCRIBED";
    private static final String TRUNCATED_WARNING = TRANSCRIBED + ", warning TRUNCATED_AUDIO";
    /** The corpus runs with a 15-minute limit, so that a recording over it is a small file. */
    private static final DurationLimit LIMIT = new DurationLimit(15 * 60_000);
    private static final int LONG_HOLD_SECONDS = 600;

    /** A manifest row and the outcome it must get: TRANSCRIBED, or the reason it is rejected for. */
    private record Case(String name, String manifestRow, String expected) {}

    private static final List<Case> CORPUS = List.of(
            // Good calls, so that the batch is a real one.
            new Case("two-party μ-law call", "good-stereo,calls/good-stereo.wav,A100,2026-11-02T09:00:00Z", TRANSCRIBED),
            new Case("mono PCM call", "good-mono,calls/good-mono.wav,A100,2026-11-02T09:01:00Z", TRANSCRIBED),
            // Broken files.
            new Case("zero-length file", "empty,calls/empty.wav,A100,2026-11-02T09:02:00Z", "EMPTY_AUDIO"),
            new Case("WAV header without samples", "no-samples,calls/no-samples.wav,A100,2026-11-02T09:03:00Z", "EMPTY_AUDIO"),
            new Case("text file named .wav", "text,calls/text.wav,A100,2026-11-02T09:04:00Z", "NOT_WAV"),
            new Case("recording cut off part way", "truncated,calls/truncated.wav,A100,2026-11-02T09:05:00Z", TRUNCATED_WARNING),
            new Case("header claims an hour, file holds a second", "header-claims-more,calls/header-claims-more.wav,A100,2026-11-02T09:06:00Z", TRUNCATED_WARNING),
            new Case("file cut off inside its header", "cut-in-header,calls/cut-in-header.wav,A100,2026-11-02T09:06:30Z", "TRUNCATED_AUDIO"),
            new Case("20 minutes, over the 15-minute limit", "too-long,calls/too-long.wav,A100,2026-11-02T09:06:40Z", "AUDIO_TOO_LONG"),
            new Case("header length left 0 by a killed recorder", "header-claims-zero,calls/header-claims-zero.wav,A100,2026-11-02T09:07:00Z", TRANSCRIBED),
            new Case("RIFF size wrong, data chunk right", "riff-size-wrong,calls/riff-size-wrong.wav,A100,2026-11-02T09:08:00Z", TRANSCRIBED),
            // Telephone codecs, made by sox.
            new Case("IMA ADPCM in WAV", "ima-adpcm,calls/ima-adpcm.wav,A100,2026-11-02T09:09:00Z", TRANSCRIBED),
            new Case("MS ADPCM in WAV", "ms-adpcm,calls/ms-adpcm.wav,A100,2026-11-02T09:10:00Z", TRANSCRIBED),
            new Case("GSM 6.10 in WAV (Asterisk WAV49)", "gsm,calls/gsm.wav,A100,2026-11-02T09:11:00Z", TRANSCRIBED),
            new Case("raw GSM 6.10 (.gsm)", "raw-gsm,calls/call.gsm,A100,2026-11-02T09:11:30Z", TRANSCRIBED),
            new Case("ADPCM header with blocks too small for it", "bad-adpcm,calls/bad-adpcm.wav,A100,2026-11-02T09:11:40Z", "NOT_WAV"),
            // Codecs we do not decode.
            new Case("MP3 inside a WAV header", "mp3-in-wav,calls/mp3-in-wav.wav,A100,2026-11-02T09:12:00Z", "UNSUPPORTED_AUDIO_FORMAT"),
            new Case("AMR file", "amr,calls/call.amr,A100,2026-11-02T09:12:30Z", "UNSUPPORTED_AUDIO_FORMAT"),
            // Compressed recordings, made by sox and opusenc from the two-party call: transcribed, channels kept apart.
            new Case("MP3 file (stereo)", "mp3,calls/call.mp3,A100,2026-11-02T09:13:00Z", TRANSCRIBED),
            new Case("FLAC file (stereo)", "flac,calls/call.flac,A100,2026-11-02T09:14:00Z", TRANSCRIBED),
            new Case("Ogg Opus file (stereo)", "opus,calls/call.opus,A100,2026-11-02T09:15:00Z", TRANSCRIBED),
            new Case("Ogg Vorbis file (stereo)", "vorbis,calls/call.ogg,A100,2026-11-02T09:15:10Z", TRANSCRIBED),
            new Case("WebM Opus file (stereo)", "webm,calls/call.webm,A100,2026-11-02T09:15:15Z", TRANSCRIBED),
            new Case("MP3 named .wav", "mp3-named-wav,calls/mp3-named.wav,A100,2026-11-02T09:15:20Z", TRANSCRIBED),
            // Compressed files whose first bytes are right and whose frames are missing.
            new Case("MP3 tag without frames", "fake-mp3,calls/fake.mp3,A100,2026-11-02T09:15:30Z", "CORRUPT_AUDIO"),
            new Case("FLAC header without frames", "fake-flac,calls/fake.flac,A100,2026-11-02T09:15:40Z", "CORRUPT_AUDIO"),
            new Case("Opus header without packets", "fake-opus,calls/fake.opus,A100,2026-11-02T09:15:50Z", "CORRUPT_AUDIO"),
            new Case("Ogg Opus cut off part way", "cut-opus,calls/cut.opus,A100,2026-11-02T09:15:55Z", TRUNCATED_WARNING),
            new Case("FLAC cut off part way", "cut-flac,calls/cut.flac,A100,2026-11-02T09:15:56Z", TRUNCATED_WARNING),
            // Over the limit: rejected from the length the stream declares (FLAC, Ogg, WebM) or as decoding passes it (MP3).
            new Case("20-minute FLAC", "long-flac,calls/long.flac,A100,2026-11-02T09:15:57Z", "AUDIO_TOO_LONG"),
            new Case("20-minute Ogg Opus", "long-opus,calls/long.opus,A100,2026-11-02T09:15:58Z", "AUDIO_TOO_LONG"),
            new Case("20-minute WebM Opus", "long-webm,calls/long.webm,A100,2026-11-02T09:15:59Z", "AUDIO_TOO_LONG"),
            new Case("20-minute MP3", "long-mp3,calls/long.mp3,A100,2026-11-02T09:16:00Z", "AUDIO_TOO_LONG"),
            new Case("three channels", "three-channels,calls/three-channels.wav,A100,2026-11-02T09:16:00Z", "TOO_MANY_CHANNELS"),
            new Case("six channels (5.1)", "six-channels,calls/six-channels.wav,A100,2026-11-02T09:17:00Z", "TOO_MANY_CHANNELS"),
            // Odd but valid audio: transcribed, with what little there is to hear.
            new Case("30 s of digital silence", "silent,calls/silent.wav,A100,2026-11-02T09:18:00Z", TRANSCRIBED),
            new Case("speech amplified 16 times and clipped", "clipped,calls/clipped.wav,A100,2026-11-02T09:19:00Z", TRANSCRIBED),
            new Case("10 minutes on hold with a few words", "long-hold,calls/long-hold.wav,A100,2026-11-02T09:20:00Z", TRANSCRIBED),
            // Files that cannot be read.
            new Case("missing file", "missing,calls/missing.wav,A100,2026-11-02T09:21:00Z", "AUDIO_NOT_FOUND"),
            new Case("folder named .wav", "folder,calls/folder.wav,A100,2026-11-02T09:22:00Z", "AUDIO_UNREADABLE"),
            // Bad manifest rows.
            new Case("missing call_id", ",calls/good-mono.wav,A100,2026-11-02T09:23:00Z", "MISSING_FIELD"),
            new Case("missing agent_id", "no-agent,calls/good-mono.wav,,2026-11-02T09:24:00Z", "MISSING_FIELD"),
            new Case("bad timestamp", "bad-time,calls/good-mono.wav,A100,last tuesday at 9", "INVALID_FIELD"),
            new Case("duplicate call_id", "good-mono,calls/good-stereo.wav,A100,2026-11-02T09:25:00Z", "DUPLICATE_CALL_ID"),
            new Case("audio_uri ../../etc/passwd", "escape,../../etc/passwd,A100,2026-11-02T09:26:00Z", "AUDIO_URI_OUTSIDE_BASE"),
            new Case("audio_uri leaving through a subfolder", "escape-deep,calls/../../../etc/shadow,A100,2026-11-02T09:27:00Z", "AUDIO_URI_OUTSIDE_BASE"),
            new Case("audio_uri file: URI that is not absolute", "file-relative,file:../../etc/passwd,A100,2026-11-02T09:28:00Z", "INVALID_FIELD"),
            new Case("audio_uri with an unsupported scheme", "http,http://example.com/a.wav,A100,2026-11-02T09:29:00Z", "INVALID_FIELD"));

    private Path folder;
    private SparkSession spark;
    private Path manifest;
    private String out;
    private long transcribeMillis;

    @BeforeAll
    void runTheCorpusThroughEveryStage(@TempDir Path temporaryFolder) throws Exception {
        folder = temporaryFolder;
        spark = SharedSpark.get();
        writeAudio(Files.createDirectories(folder.resolve("batch/calls")));
        StringBuilder rows = new StringBuilder("call_id,audio_uri,agent_id,started_at\n");
        CORPUS.forEach(each -> rows.append(each.manifestRow()).append('\n'));
        manifest = Files.writeString(folder.resolve("batch/calls.csv"), rows);
        out = folder.resolve("out").toString();
        long start = System.nanoTime();
        transcribe();
        transcribeMillis = (System.nanoTime() - start) / 1_000_000;
        analyze();
        score();
    }

    @Test
    @Order(1)
    void everyInputEndsWithItsExpectedOutcome() {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> observed = new LinkedHashMap<>();
        List<Row> rejects = table(Tables.REJECTS).collectAsList();
        List<String> transcribed = table(Tables.CALL_METRICS).select("call_id").collectAsList().stream()
                .map(row -> row.getString(0)).toList();
        StringBuilder report = new StringBuilder("Bad input corpus (transcribe took " + transcribeMillis + " ms):\n");
        for (int index = 0; index < CORPUS.size(); index++) {
            Case each = CORPUS.get(index);
            String source = "calls.csv:" + (index + 2);
            Row reject = rejects.stream().filter(row -> source.equals(row.getAs("source"))).findFirst().orElse(null);
            String callId = each.manifestRow().split(",", -1)[0];
            boolean warning = reject != null && reject.<Boolean>getAs("warning");
            String outcome = reject != null && !warning ? reject.getAs("reason")
                    : !transcribed.contains(callId) ? "LOST"
                    : warning ? TRANSCRIBED + ", warning " + reject.getAs("reason") : TRANSCRIBED;
            expected.put(each.name(), each.expected());
            observed.put(each.name(), outcome);
            report.append(String.format("  %-45s %-26s %s%n", each.name(), outcome,
                    reject == null ? "" : reject.<String>getAs("message")));
        }
        System.out.print(report);

        assertThat(observed).isEqualTo(expected);
        assertThat(rejects).extracting(row -> row.<String>getAs("message")).allSatisfy(message ->
                assertThat(message).startsWith("Cannot "));
    }

    @Test
    @Order(2)
    void transcribesOddButValidRecordingsForWhatTheyHold() {
        Map<String, Row> metrics = new LinkedHashMap<>();
        table(Tables.CALL_METRICS).collectAsList().forEach(row -> metrics.put(row.getAs("call_id"), row));

        assertThat(metrics.get("silent").<Integer>getAs("utterances")).isZero();
        assertThat(metrics.get("silent").<Long>getAs("talk_ms")).isZero();
        assertThat(metrics.get("long-hold").<Long>getAs("duration_ms")).isEqualTo(LONG_HOLD_SECONDS * 1000L);
        List<Row> holdUtterances = table(Tables.TRANSCRIPTS).where("call_id = 'long-hold'").collectAsList();
        assertThat(holdUtterances).isNotEmpty().allSatisfy(utterance -> assertThat(utterance.<Long>getAs("start_ms"))
                .isBetween(LONG_HOLD_SECONDS * 500L - 1000, LONG_HOLD_SECONDS * 500L + 4000));
        assertThat(metrics.get("clipped").<Integer>getAs("utterances")).isPositive();
        // The whole recording is kept when the header does not say how long it is.
        assertThat(metrics.get("header-claims-zero").<Long>getAs("duration_ms"))
                .isEqualTo(metrics.get("good-mono").<Long>getAs("duration_ms"));
        assertThat(metrics.get("riff-size-wrong").<Long>getAs("duration_ms"))
                .isEqualTo(metrics.get("good-mono").<Long>getAs("duration_ms"));
        // A recording cut short is transcribed up to where it ends: here 60 % of the file.
        assertThat(metrics.get("truncated").<Long>getAs("duration_ms"))
                .isCloseTo(metrics.get("good-mono").<Long>getAs("duration_ms") * 6 / 10, within(20L));
        assertThat(metrics.get("gsm").<String>getAs("audio_encoding")).isEqualTo("gsm");
        for (String compressed : List.of("mp3", "flac", "opus", "vorbis", "webm")) {
            assertThat(metrics.get(compressed).<Integer>getAs("channels")).as(compressed).isEqualTo(2);
            // MP3 adds the encoder's delay and pads the last frame: up to about a quarter second at 8 kHz.
            assertThat(metrics.get(compressed).<Long>getAs("duration_ms")).as(compressed)
                    .isCloseTo(metrics.get("good-stereo").<Long>getAs("duration_ms"), within(250L));
        }
        assertThat(metrics.get("gsm").<Long>getAs("duration_ms")).isEqualTo(metrics.get("good-mono").<Long>getAs("duration_ms"));
    }

    @Test
    @Order(3)
    void everyManifestRowIsAccountedForExactlyOnceAtEveryStage() {
        List<StageCount> counts = BatchAccounting.assertEveryRowAccountedFor(spark, out, manifest);

        System.out.println("Accounting: " + counts);
        long expectedTranscribed = CORPUS.stream().filter(each -> each.expected().startsWith(TRANSCRIBED)).count();
        assertThat(counts).containsExactly(
                new StageCount("transcribe", CORPUS.size(), (int) expectedTranscribed, CORPUS.size() - (int) expectedTranscribed),
                new StageCount("analyze", (int) expectedTranscribed, (int) expectedTranscribed, 0),
                new StageCount("score", (int) expectedTranscribed, (int) expectedTranscribed, 0));
    }

    @Test
    @Order(4)
    void runningTheBatchAgainChangesNothingAndDuplicatesNothing() {
        Map<String, Long> before = rowCounts();

        transcribe();
        analyze();

        assertThat(rowCounts()).isEqualTo(before);
        BatchAccounting.assertEveryRowAccountedFor(spark, out, manifest);
    }

    @Test
    @Order(5)
    void fixingTheManifestAndRunningAgainLeavesNoStaleReject() throws Exception {
        String duplicateRow = CORPUS.stream().filter(each -> each.expected().equals("DUPLICATE_CALL_ID")).findFirst()
                .orElseThrow().manifestRow();
        Files.writeString(manifest, Files.readString(manifest).replace(duplicateRow + "\n", ""));

        transcribe();
        analyze();

        assertThat(table(Tables.REJECTS).where("reason = 'DUPLICATE_CALL_ID'").count()).isZero();
        BatchAccounting.assertEveryRowAccountedFor(spark, out, manifest);
    }

    @Test
    @Order(6)
    void aCallWhoseRecordingBrokeLeavesEveryLaterStage() throws Exception {
        Files.write(folder.resolve("batch/calls/good-mono.wav"), Files.readAllBytes(folder.resolve("batch/calls/cut-in-header.wav")));

        transcribe();
        analyze();
        score();

        assertThat(table(Tables.REJECTS).where("call_id = 'good-mono' AND stage = 'transcribe'")
                .select("reason").collectAsList()).extracting(row -> row.getString(0)).containsExactly("TRUNCATED_AUDIO");
        assertThat(table(Tables.RULE_RESULTS).where("call_id = 'good-mono'").count()).isZero();
        assertThat(table(Tables.UTTERANCES).where("call_id = 'good-mono'").count()).isZero();
        assertThat(table(Tables.CALL_SCORECARDS).where("call_id = 'good-mono'").count()).isZero();
        BatchAccounting.assertEveryRowAccountedFor(spark, out, manifest);
    }

    @Test
    @Order(7)
    void aMalformedRulePackStopsTheRunWithFileLineAndFixBeforeAnyWork() throws Exception {
        Path rules = Files.writeString(folder.resolve("bad-rules.yaml"), """
                id: broken
                version: 1
                description: a pack with a misspelt kind
                rules:
                  - id: greeting
                    description: greet the caller
                    version: 1
                    kind: requried
                    speaker: agent
                    phrases: [thank you for calling]
                """);
        Path settings = Files.writeString(folder.resolve("callqa.yaml"),
                Files.readString(CallqaTestHome.home().resolve("conf/callqa.yaml"))
                        .replace("rules: conf/rules/default.yaml", "rules: " + rules));
        Path roster = Files.writeString(folder.resolve("agents.csv"),
                "agent_id,agent_name,team,supervisor_id,hire_date\nA100,Sarah,Blue,S1,2023-01-01\n");
        Path runOut = folder.resolve("rules-out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        int exitCode;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exitCode = CallqaCommand.execute("run", "--conf", settings.toString(), "--calls", manifest.toString(),
                    "--agents", roster.toString(), "--out", runOut.toString());
        } finally {
            System.setErr(originalErr);
        }

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("Cannot read " + rules + " line 8: ")
                .contains("unknown kind 'requried'");
        assertThat(runOut).doesNotExist();
    }

    private void transcribe() {
        CallqaConfig config = CallqaTestHome.config();
        config = new CallqaConfig(config.sparkMaster(), config.transcription(), config.metrics(), config.analysis(),
                config.scoring(), config.report(), config.s3(), new CallqaConfig.Audio(LIMIT, config.audio().channelMaps()),
                config.tables());
        new TranscribeJob(spark, config, CallqaTestHome.rulePack(), new PrintStream(new ByteArrayOutputStream()))
                .run(TranscribeJob.readManifest(spark, manifest), out);
    }

    private void analyze() {
        new AnalyzeJob(spark, RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml")),
                new PrintStream(new ByteArrayOutputStream())).run(out);
    }

    /** With an empty roster: every call is scored, each with an UNKNOWN_AGENT warning. */
    private void score() {
        RulePack rules = RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml"));
        CallqaConfig config = CallqaConfig.load(CallqaTestHome.home().resolve("conf/callqa.yaml"), CallqaTestHome.home());
        new ScoreJob(spark, Scorecard.load(Path.of(config.scoring().scorecardPath()), rules), Map.of(), config.scoring(),
                new PrintStream(new ByteArrayOutputStream())).run(out);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableDefinition table : Tables.ALL) {
            counts.put(table.name(), table(table).count());
        }
        return counts;
    }

    private Dataset<Row> table(TableDefinition table) {
        return new TableStore(spark, out).read(table.name(), table.schema());
    }

    private static void writeAudio(Path calls) throws Exception {
        byte[] monoFile = Files.readAllBytes(fixture("tt-weasels.wav"));
        DecodedAudio mono = WavDecoder.decode(monoFile);
        short[] speech = mono.channel(0);
        Files.write(calls.resolve("good-mono.wav"), monoFile);
        Files.write(calls.resolve("good-stereo.wav"), mulawStereo(
                WavDecoder.decode(Files.readAllBytes(fixture("tt-allbusy.wav"))).channel(0),
                WavDecoder.decode(Files.readAllBytes(fixture("privacy-prompt.wav"))).channel(0)));

        Files.write(calls.resolve("empty.wav"), new byte[0]);
        Files.write(calls.resolve("no-samples.wav"), WavWriter.wav(1, 1, 8000, 16, new byte[0]));
        Files.writeString(calls.resolve("text.wav"), "call_id,agent_id\nthis is a spreadsheet, not a recording\n");
        Files.write(calls.resolve("truncated.wav"), Arrays.copyOf(monoFile, monoFile.length * 6 / 10));
        Files.write(calls.resolve("header-claims-more.wav"), WavWriter.wav(1, 1, 8000, 16, new byte[16000], 8000 * 2 * 3600));
        Files.write(calls.resolve("cut-in-header.wav"), Arrays.copyOf(monoFile, 40));
        Files.write(calls.resolve("too-long.wav"), WavWriter.wav(7, 1, 8000, 8, new byte[8000 * 60 * 20]));
        byte[] zeroLength = monoFile.clone();
        ByteBuffer.wrap(zeroLength).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0).putInt(40, 0);
        Files.write(calls.resolve("header-claims-zero.wav"), zeroLength);
        byte[] wrongRiff = monoFile.clone();
        ByteBuffer.wrap(wrongRiff).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 123);
        Files.write(calls.resolve("riff-size-wrong.wav"), wrongRiff);

        Path goodMono = calls.resolve("good-mono.wav");
        sox(goodMono, "-e", "ima-adpcm", calls.resolve("ima-adpcm.wav"));
        sox(goodMono, "-e", "ms-adpcm", calls.resolve("ms-adpcm.wav"));
        sox(goodMono, "-e", "gsm-full-rate", calls.resolve("gsm.wav"));
        sox(goodMono, calls.resolve("call.gsm"));
        Files.write(calls.resolve("bad-adpcm.wav"), WavWriter.wav(0x11, 1, 8000, 4, new byte[4000]));
        Files.write(calls.resolve("mp3-in-wav.wav"), WavWriter.wav(0x55, 1, 8000, 0, new byte[4000]));
        Path goodStereo = calls.resolve("good-stereo.wav");
        Path pcmStereo = calls.resolve("pcm-stereo.wav");
        sox(goodStereo, "-e", "signed-integer", "-b", 16, pcmStereo);
        sox(pcmStereo, "-C", 64, calls.resolve("call.mp3"));
        Files.copy(calls.resolve("call.mp3"), calls.resolve("mp3-named.wav"));
        sox(pcmStereo, calls.resolve("call.flac"));
        sox(pcmStereo, calls.resolve("call.ogg"));
        Sox.run("opusenc", "--quiet", pcmStereo, calls.resolve("call.opus"));
        byte[] opus = Files.readAllBytes(calls.resolve("call.opus"));
        Files.write(calls.resolve("cut.opus"), Arrays.copyOf(opus, opus.length / 2));
        Files.write(calls.resolve("fake.opus"), Arrays.copyOf(opus, thirdOggPage(opus)));
        Sox.run("mkvmerge", "--quiet", "--webm", "-o", calls.resolve("call.webm"), calls.resolve("call.opus"));
        byte[] flac = Files.readAllBytes(calls.resolve("call.flac"));
        Files.write(calls.resolve("cut.flac"), Arrays.copyOf(flac, flac.length / 2));
        Files.delete(pcmStereo);
        // 20 minutes of quiet line noise, small once compressed.
        Path lineNoise = calls.resolve("line-noise.wav");
        sox("-n", "-r", 8000, "-c", 1, "-b", 16, lineNoise, "synth", "20:00", "whitenoise", "vol", 0.01);
        sox(lineNoise, calls.resolve("long.flac"));
        sox(lineNoise, "-C", 16, calls.resolve("long.mp3"));
        Sox.run("opusenc", "--quiet", "--bitrate", 8, lineNoise, calls.resolve("long.opus"));
        Sox.run("mkvmerge", "--quiet", "--webm", "-o", calls.resolve("long.webm"), calls.resolve("long.opus"));
        Files.delete(lineNoise);
        Files.write(calls.resolve("call.amr"), concat("#!AMR\n".getBytes(StandardCharsets.ISO_8859_1), new byte[400]));
        // These carry real headers and no real frames.
        Files.write(calls.resolve("fake.mp3"), concat("ID3".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {3, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xF3, 0x14, (byte) 0xC4}, new byte[400]));
        Files.write(calls.resolve("fake.flac"), concat("fLaC".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {(byte) 0x80, 0, 0, 34}, new byte[34 + 400]));
        Files.write(calls.resolve("three-channels.wav"), WavWriter.wav(1, 3, 8000, 16, new byte[4800]));
        Files.write(calls.resolve("six-channels.wav"), WavWriter.wav(1, 6, 8000, 16, new byte[9600]));

        Files.write(calls.resolve("silent.wav"), WavWriter.pcm16(8000, new short[8000 * 30], new short[8000 * 30]));
        short[] clipped = new short[speech.length];
        for (int index = 0; index < speech.length; index++) {
            clipped[index] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, speech[index] * 16));
        }
        Files.write(calls.resolve("clipped.wav"), WavWriter.pcm16(8000, clipped));
        // A customer on hold: line noise of a few steps, and the agent's few words half way.
        short[] hold = new short[8000 * LONG_HOLD_SECONDS];
        Random noise = new Random(7);
        for (int index = 0; index < hold.length; index++) {
            hold[index] = (short) (noise.nextInt(7) - 3);
        }
        System.arraycopy(speech, 0, hold, hold.length / 2, speech.length);
        Files.write(calls.resolve("long-hold.wav"), WavWriter.pcm16(8000, hold));

        Files.createDirectories(calls.resolve("folder.wav"));
    }

    /** Where an Ogg Opus file's audio starts: after its two header pages (OpusHead, OpusTags). */
    private static int thirdOggPage(byte[] ogg) {
        int pages = 0;
        for (int position = 0; position + 4 <= ogg.length; position++) {
            if (ogg[position] == 'O' && ogg[position + 1] == 'g' && ogg[position + 2] == 'g' && ogg[position + 3] == 'S'
                    && ++pages == 3) {
                return position;
            }
        }
        throw new AssertionError("an Ogg Opus file of fewer than three pages");
    }

    private static Path fixture(String name) {
        return CallqaTestHome.testResource("speech/asterisk/" + name);
    }

    /** A two-party telephone recording: G.711 μ-law, 8 kHz, one prompt per channel. */
    private static byte[] mulawStereo(short[] left, short[] right) {
        int frames = Math.max(left.length, right.length);
        byte[] data = new byte[frames * 2];
        for (int frame = 0; frame < frames; frame++) {
            data[2 * frame] = G711.linearToMulaw(frame < left.length ? left[frame] : 0);
            data[2 * frame + 1] = G711.linearToMulaw(frame < right.length ? right[frame] : 0);
        }
        return WavWriter.wav(7, 2, 8000, 8, data);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }
}
