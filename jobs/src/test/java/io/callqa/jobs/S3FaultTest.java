package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callqa.rejects.RejectReason;
import io.callqa.storage.AudioFetchException;
import io.callqa.storage.AudioFetcher;
import io.callqa.storage.S3Retry;
import io.callqa.storage.S3Settings;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.S3Attempts;
import io.callqa.testing.S3ProxyServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * S3 faults against a real S3-compatible server on loopback: an outage (the server stopped, then started again on the
 * same port) is waited out; what asking again cannot change (no such object, access denied) is a reject at once. The
 * attempts are counted as the client makes them ({@link S3Attempts}), so a failure asked again twice over shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3FaultTest {
    private static final String CALL = "s3://recordings/2026/11/02/call.wav";

    private S3ProxyServer server;
    private S3Settings settings;
    private byte[] recording;

    @BeforeAll
    void startTheServer(@TempDir Path folder) throws Exception {
        server = S3ProxyServer.start(folder);
        recording = Files.readAllBytes(CallqaTestHome.testResource("speech/asterisk/tt-weasels.wav"));
        server.client().createBucket(request -> request.bucket("recordings"));
        server.client().putObject(request -> request.bucket("recordings").key("2026/11/02/call.wav"),
                RequestBody.fromBytes(recording));
        // One endpoint per test class gives this class its own S3 client (clients are shared per settings).
        settings = new S3Settings(server.endpoint(), "us-east-1", true);
        useCredentials(S3ProxyServer.SECRET_KEY);
    }

    @AfterEach
    void credentialsBackAndServerUp() throws Exception {
        useCredentials(S3ProxyServer.SECRET_KEY);
        if (!isUp()) {
            server.restart();
        }
    }

    @AfterAll
    void stopTheServer() {
        server.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void waitsOutAServerThatIsDownForAFewSeconds() throws Exception {
        AudioFetcher fetcher = new AudioFetcher(settings);
        assertThat(fetcher.fetch(CALL)).isEqualTo(recording);

        server.stop();
        long start = System.nanoTime();
        CompletableFuture<byte[]> fetched = CompletableFuture.supplyAsync(() -> {
            try {
                return fetcher.fetch(CALL);
            } catch (AudioFetchException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(3_000);
        assertThat(fetched).isNotDone();
        server.restart();

        assertThat(fetched.get(60, TimeUnit.SECONDS)).isEqualTo(recording);
        System.out.printf("S3 outage of 3 s plus restart waited out in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void givesUpOnAServerThatStaysDownWithARejectAfterTheAttemptsTheSettingsGive() {
        AudioFetcher fetcher = new AudioFetcher(settings, new S3Retry(3, Duration.ofMillis(100)));
        server.stop();
        int attemptsBefore = S3Attempts.of(CALL);

        assertThatThrownBy(() -> fetcher.fetch(CALL))
                .isInstanceOfSatisfying(AudioFetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.AUDIO_UNREADABLE))
                .hasMessageStartingWith("Cannot read audio " + CALL + ": ");
        // Three attempts in all: the client's retry strategy asks again, and nothing asks it again in turn.
        assertThat(S3Attempts.of(CALL) - attemptsBefore).isEqualTo(3);
    }

    @Test
    void rejectsAMissingObjectWithoutWaiting() {
        assertRejectedAtOnce("s3://recordings/2026/11/02/nothing.wav", RejectReason.AUDIO_NOT_FOUND, "no such object");
        assertRejectedAtOnce("s3://no-such-bucket/call.wav", RejectReason.AUDIO_NOT_FOUND, "no such object");
    }

    @Test
    void rejectsAnObjectItMayNotReadWithoutWaiting() {
        useCredentials("not-the-secret");

        assertRejectedAtOnce(CALL, RejectReason.AUDIO_UNREADABLE, "S3 answered 403");
    }

    private void assertRejectedAtOnce(String uri, RejectReason reason, String why) {
        AudioFetcher fetcher = new AudioFetcher(settings);
        int attemptsBefore = S3Attempts.of(uri);
        long start = System.nanoTime();

        assertThatThrownBy(() -> fetcher.fetch(uri))
                .isInstanceOfSatisfying(AudioFetchException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageStartingWith("Cannot read audio " + uri + ": " + why);
        // The first pause before asking again is 500 ms: a permanent error must not wait for it, nor be asked again.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
        assertThat(S3Attempts.of(uri) - attemptsBefore).isEqualTo(1);
    }

    private boolean isUp() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1",
                    java.net.URI.create(server.endpoint()).getPort()), 200);
            return true;
        } catch (java.io.IOException down) {
            return false;
        }
    }

    /** The AWS default credential chain reads these Java system properties as it would read the environment. */
    private static void useCredentials(String secret) {
        System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", secret);
    }
}
