package io.callqa.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server (S3Proxy, in-memory storage) on loopback, in its own JVM: it needs Servlet 6 where
 * Spark needs Servlet 5, so it cannot share the test JVM.
 */
public final class S3ProxyServer implements AutoCloseable {
    public static final String ACCESS_KEY = "callqa-test-access";
    public static final String SECRET_KEY = "callqa-test-secret";

    private Process process;
    private final String endpoint;
    private final int port;
    private final Path workFolder;
    private final Path properties;

    private S3ProxyServer(String endpoint, int port, Path workFolder, Path properties) {
        this.endpoint = endpoint;
        this.port = port;
        this.workFolder = workFolder;
        this.properties = properties;
    }

    public static S3ProxyServer start(Path workFolder) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port;
        Path properties = Files.writeString(workFolder.resolve("s3proxy.properties"), String.join("\n",
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                // Objects on disk rather than in memory, so that they outlive a restart (see stop and restart).
                "jclouds.provider=filesystem-nio2",
                "jclouds.filesystem.basedir=" + Files.createDirectories(workFolder.resolve("s3-data")),
                "jclouds.identity=" + ACCESS_KEY,
                "jclouds.credential=" + SECRET_KEY) + "\n");
        S3ProxyServer server = new S3ProxyServer(endpoint, port, workFolder, properties);
        server.launch();
        return server;
    }

    /** Stops the server as an outage would; its objects stay for {@link #restart}. */
    public void stop() {
        close();
    }

    /** Starts the server again on the same port, with the objects it held. */
    public void restart() throws IOException, InterruptedException {
        launch();
    }

    private void launch() throws IOException, InterruptedException {
        String jar = System.getProperty("callqa.s3proxy.jar", "target/test-tools/s3proxy.jar");
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar, "--properties", properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workFolder.resolve("s3proxy.log").toFile()))
                .start();
        awaitPort(port, Duration.ofSeconds(60));
    }

    public String endpoint() {
        return endpoint;
    }

    /** A client with the server's test credentials, for the test to arrange buckets and objects. */
    public S3Client client() {
        return S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    private void awaitPort(int port, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Cannot start S3Proxy: it exited with " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IOException("Cannot start S3Proxy: port " + port + " not open after " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
