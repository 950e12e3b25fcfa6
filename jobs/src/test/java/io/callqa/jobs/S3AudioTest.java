package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.config.CallqaConfig;
import io.callqa.jobs.TranscribeJob.TranscribeResult;
import io.callqa.storage.S3Settings;
import io.callqa.testing.CallqaTestHome;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import io.callqa.testing.S3ProxyServer;
import io.callqa.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Recordings read from a real S3-compatible server on loopback through the AWS SDK's default credential chain. */
class S3AudioTest {
    @TempDir
    Path folder;

    @Test
    void transcribesCallsFromS3AndRejectsObjectsThatAreNotThere() throws Exception {
        try (S3ProxyServer server = S3ProxyServer.start(folder)) {
            S3Client s3 = server.client();
            s3.createBucket(request -> request.bucket("recordings"));
            s3.putObject(request -> request.bucket("recordings").key("2026/11/02/call one.wav"),
                    RequestBody.fromFile(CallqaTestHome.testResource("speech/asterisk/tt-weasels.wav")));
            Path manifestFile = Files.writeString(folder.resolve("calls.csv"), """
                    call_id,audio_uri,agent_id,started_at
                    s3-good,s3://recordings/2026/11/02/call one.wav,A100,2026-11-02T09:00:00Z
                    s3-missing-key,s3://recordings/2026/11/02/nothing.wav,A100,2026-11-02T09:01:00Z
                    s3-missing-bucket,s3://no-such-bucket/a.wav,A100,2026-11-02T09:02:00Z
                    """);
            // The default credential chain reads these Java system properties, as it would read the environment.
            System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
            System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
            CallqaConfig config = CallqaTestHome.config().withS3(new S3Settings(server.endpoint(), "us-east-1", true));
            SparkSession spark = SharedSpark.get();
            String out = folder.resolve("out").toString();

            TranscribeResult result = new TranscribeJob(spark, config, CallqaTestHome.rulePack(), new PrintStream(new ByteArrayOutputStream()))
                    .run(TranscribeJob.readManifest(spark, manifestFile), out);

            assertThat(result.transcribed()).isEqualTo(1);
            assertThat(new TableStore(spark, out).read(Tables.TRANSCRIPTS.name(), Tables.TRANSCRIPTS.schema()).select("text").collectAsList())
                    .extracting(row -> row.getString(0)).singleElement().asString().contains("phone system");
            List<Row> rejects = new TableStore(spark, out).read(Tables.REJECTS.name(), Tables.REJECTS.schema()).collectAsList();
            Map<String, String> reasons = rejects.stream().collect(Collectors.toMap(
                    row -> row.getString(row.fieldIndex("call_id")), row -> row.getString(row.fieldIndex("reason"))));
            assertThat(reasons).isEqualTo(Map.of(
                    "s3-missing-key", "AUDIO_NOT_FOUND",
                    "s3-missing-bucket", "AUDIO_NOT_FOUND"));
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }
}
