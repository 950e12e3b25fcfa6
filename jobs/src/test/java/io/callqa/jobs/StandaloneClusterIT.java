package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.audio.WavDecoder;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.S3ProxyServer;
import io.callqa.testing.SharedRecognizer;
import io.callqa.testing.SharedSpark;
import io.callqa.testing.SparkStandaloneCluster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The shaded jar, unchanged, under {@code spark-submit} on a real standalone cluster (master and worker in their own
 * JVMs on loopback): the Vosk model shipped with {@code --archives}, recordings read from an S3-compatible server,
 * Parquet written. Runs in the integration-test phase, after {@code package} built the jar.
 */
class StandaloneClusterIT {
    private static final String MODEL = "vosk-model-small-en-us-0.15";

    @TempDir
    Path folder;

    @Test
    void transcribesCallsFromS3OnAStandaloneClusterWithTheModelShippedAsAnArchive() throws Exception {
        Path home = CallqaTestHome.home();
        try (S3ProxyServer s3 = S3ProxyServer.start(folder)) {
            S3Client client = s3.client();
            client.createBucket(request -> request.bucket("recordings"));
            for (String call : List.of("c001", "c002")) {
                client.putObject(request -> request.bucket("recordings").key("2026/11/02/" + call + ".wav"),
                        RequestBody.fromFile(home.resolve("samples/calls/" + call + ".wav")));
            }
            Path job = Files.createDirectories(folder.resolve("job"));
            Files.writeString(job.resolve("calls.csv"), """
                    call_id,audio_uri,agent_id,started_at,agent_channel
                    c001,s3://recordings/2026/11/02/c001.wav,A100,2026-11-02T09:14:05Z,0
                    c002,s3://recordings/2026/11/02/c002.wav,A200,2026-11-02T14:32:40Z,1
                    gone,s3://recordings/2026/11/02/gone.wav,A100,2026-11-02T15:00:00Z,0
                    """);
            Files.copy(home.resolve("samples/agents.csv"), job.resolve("agents.csv"));
            // Under spark-submit the job folder is callqa's home: the files the settings name come along.
            for (String file : List.of("conf/channel-maps.yaml", "conf/rules/default.yaml")) {
                Files.createDirectories(job.resolve(file).getParent());
                Files.copy(home.resolve(file), job.resolve(file));
            }
            // The model path names no folder on the executors: they must find the model Spark unpacked for them.
            Files.writeString(job.resolve("callqa.yaml"), Files.readString(home.resolve("conf/callqa.yaml"))
                    .replace("model: models/" + MODEL, "model: not-on-executors/" + MODEL)
                    .replace("endpoint: \"\"", "endpoint: \"" + s3.endpoint() + "\"")
                    .replace("path_style: false", "path_style: true"));
            Path modelArchive = zipModel(home.resolve("models/" + MODEL), job.resolve(MODEL + ".zip"));
            Path out = folder.resolve("out");
            Path driverLog = folder.resolve("spark-submit.log");

            int exitCode;
            // On a real cluster the credentials come from the instance role or the environment of the executors.
            try (SparkStandaloneCluster cluster = SparkStandaloneCluster.start(folder, Map.of(
                    "AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY,
                    "AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY,
                    "CALLQA_HOME", job.toString()), 2, "1g")) {
                exitCode = cluster.submit(List.of(
                        "--deploy-mode", "client",
                        "--class", "io.callqa.cli.CallqaCommand",
                        "--conf", "spark.executor.memory=512m",
                        "--conf", "spark.executor.cores=2",
                        "--conf", "spark.cores.max=2",
                        "--conf", "spark.driver.host=127.0.0.1",
                        "--conf", "spark.driver.bindAddress=127.0.0.1",
                        "--archives", modelArchive + "#" + MODEL,
                        System.getProperty("callqa.spark.jar"),
                        "transcribe", "--calls", "calls.csv", "--agents", "agents.csv", "--out", out.toString(),
                        "--conf", "callqa.yaml"), job, driverLog, Duration.ofMinutes(5));

                assertThat(exitCode).as("spark-submit's exit code; its log: %s", tail(driverLog)).isZero();
                try (Stream<Path> executorFiles = Files.walk(cluster.workerFolder(), 3)) {
                    assertThat(executorFiles.map(Path::toString))
                            .as("the model unpacked in an executor's working folder")
                            .anyMatch(path -> path.matches(".*/app-[^/]+/\\d+/" + MODEL));
                }
            }
            assertThat(Files.readString(driverLog)).contains("callqa: transcribed 2, skipped 0 (already transcribed), rejected 1");

            SparkSession spark = SharedSpark.get();
            TableStore store = new TableStore(spark, out.toString());
            Map<String, String> rejects = store.read(Tables.REJECTS.name(), Tables.REJECTS.schema()).collectAsList().stream()
                    .collect(Collectors.toMap(row -> row.getAs("call_id"), row -> row.getAs("reason")));
            assertThat(rejects).isEqualTo(Map.of("gone", "AUDIO_NOT_FOUND"));
            List<Row> metrics = store.read(Tables.CALL_METRICS.name(), Tables.CALL_METRICS.schema()).select("call_id", "model", "audio_sha256")
                    .orderBy("call_id").collectAsList();
            assertThat(metrics).extracting(row -> row.getString(0)).containsExactly("c001", "c002");
            assertThat(metrics).extracting(row -> row.getString(1)).containsOnly(MODEL);

            // Transcripts are reproducible: the cluster hears exactly what this JVM hears in the same recording.
            List<String> clusterTexts = store.read(Tables.TRANSCRIPTS.name(), Tables.TRANSCRIPTS.schema()).where("call_id = 'c001'")
                    .orderBy("utterance_index").select("role", "text").collectAsList().stream()
                    .map(row -> row.getString(0) + ": " + row.getString(1)).toList();
            byte[] c001 = Files.readAllBytes(home.resolve("samples/calls/c001.wav"));
            long seed = ByteBuffer.wrap(HexFormat.of().parseHex(metrics.get(0).getString(2))).getLong();
            List<String> localTexts = SharedRecognizer.transcriber().transcribe(WavDecoder.decode(c001), 0, seed)
                    .utterances().stream().map(utterance -> utterance.role().label() + ": " + utterance.text()).toList();
            assertThat(clusterTexts).isNotEmpty().isEqualTo(localTexts);
            assertThat(clusterTexts).anyMatch(text -> text.startsWith("agent: "))
                    .anyMatch(text -> text.startsWith("customer: "));
        }
    }

    /** The model as Vosk publishes it: a zip holding one folder named like the model. */
    private static Path zipModel(Path model, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(model)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(MODEL + "/" + model.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
