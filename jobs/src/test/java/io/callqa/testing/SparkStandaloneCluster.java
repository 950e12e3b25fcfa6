package io.callqa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on loopback: one master and one worker, each in its own JVM, started from a folder
 * laid out like a Spark distribution ({@code jars/} holding Spark and its libraries, linked from the Maven
 * repository). Applications are submitted with Spark's own {@code SparkSubmit} in a third JVM, as
 * {@code spark-submit} would; the worker starts executors from the same folder, as on a real cluster.
 */
public final class SparkStandaloneCluster implements AutoCloseable {
    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path folder;
    private final Path sparkHome;
    private final Map<String, String> environment;
    private final List<Process> daemons = new ArrayList<>();
    private String masterUrl;

    private SparkStandaloneCluster(Path folder, Path sparkHome, Map<String, String> environment) {
        this.folder = folder;
        this.sparkHome = sparkHome;
        this.environment = environment;
    }

    /**
     * @param environment variables the master, the worker (and so every executor) and the driver see, e.g. the
     *     AWS credentials an instance role would give on a real cluster
     * @param workerCores cores the worker offers
     * @param workerMemory memory the worker offers, e.g. {@code 1g}
     */
    public static SparkStandaloneCluster start(Path folder, Map<String, String> environment, int workerCores,
            String workerMemory) throws IOException, InterruptedException {
        Path sparkHome = sparkDistribution(folder.resolve("spark-home"));
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("SPARK_HOME", sparkHome.toString());
        variables.put("SPARK_SCALA_VERSION", "2.13");
        variables.put("SPARK_LOCAL_IP", "127.0.0.1");
        variables.put("SPARK_LOCAL_DIRS", Files.createDirectories(folder.resolve("spark-local")).toString());
        SparkStandaloneCluster cluster = new SparkStandaloneCluster(folder, sparkHome, variables);
        try {
            cluster.startDaemons(workerCores, workerMemory);
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    public String masterUrl() {
        return masterUrl;
    }

    /** The worker's folder: one sub-folder per application and executor, with the executor's logs and files. */
    public Path workerFolder() {
        return folder.resolve("worker");
    }

    /**
     * Runs {@code SparkSubmit} with {@code arguments} (options, application jar, application arguments) against
     * this cluster and waits for it; its output goes to {@code log}.
     *
     * @return the exit code
     */
    public int submit(List<String> arguments, Path workingFolder, Path log, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = java("-Xmx512m");
        command.add("org.apache.spark.deploy.SparkSubmit");
        command.add("--master");
        command.add(masterUrl);
        command.addAll(arguments);
        Process submit = start(command, workingFolder, log);
        if (!submit.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            submit.descendants().forEach(ProcessHandle::destroyForcibly);
            submit.destroyForcibly();
            throw new IOException("Cannot run spark-submit: not done after " + timeout + "; see " + log);
        }
        return submit.exitValue();
    }

    private void startDaemons(int workerCores, String workerMemory) throws IOException, InterruptedException {
        int masterPort = freePort();
        int masterWebPort = freePort();
        masterUrl = "spark://127.0.0.1:" + masterPort;
        List<String> master = java("-Xmx256m");
        master.addAll(List.of("org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterWebPort)));
        daemons.add(start(master, folder, folder.resolve("master.log")));

        List<String> worker = java("-Xmx256m");
        worker.addAll(List.of("org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--webui-port", String.valueOf(freePort()),
                "--cores", String.valueOf(workerCores), "--memory", workerMemory,
                "--work-dir", Files.createDirectories(workerFolder()).toString(), masterUrl));
        daemons.add(start(worker, folder, folder.resolve("worker.log")));

        awaitWorker(URI.create("http://127.0.0.1:" + masterWebPort + "/json/"), Duration.ofSeconds(90));
    }

    /** The master's status page says how many workers registered. */
    private void awaitWorker(URI status, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Process daemon : daemons) {
                if (!daemon.isAlive()) {
                    throw new IOException("Cannot start the Spark cluster: a daemon exited with " + daemon.exitValue()
                            + "; see " + folder.resolve("master.log") + " and " + folder.resolve("worker.log"));
                }
            }
            try {
                String body = http.send(HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher alive = ALIVE_WORKERS.matcher(body);
                if (alive.find() && Integer.parseInt(alive.group(1)) > 0) {
                    return;
                }
            } catch (IOException notYet) {
                // The master's web server is not up yet.
            }
            Thread.sleep(250);
        }
        throw new IOException("Cannot start the Spark cluster: no worker registered after " + timeout);
    }

    private List<String> java(String heap) {
        Path home = CallqaTestHome.home();
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "@" + home.resolve("conf/jvm.options"),
                "-cp", sparkHome.resolve("jars") + "/*"));
    }

    private Process start(List<String> command, Path workingFolder, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingFolder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * A folder laid out like a Spark distribution: {@code jars/} links every jar of Spark's class path, which the
     * build lists in {@code target/test-tools}.
     */
    private static Path sparkDistribution(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String property : List.of("callqa.spark.classpath", "callqa.spark.sharedClasspath")) {
            String listFile = System.getProperty(property);
            if (listFile == null || !Files.isRegularFile(Path.of(listFile))) {
                throw new IllegalStateException("Cannot lay out a Spark distribution: system property " + property
                        + " does not name the class path file the build writes (run the test with "
                        + "'mvn -B verify', which sets it)");
            }
            for (String jar : Arrays.stream(Files.readString(Path.of(listFile)).strip().split(java.io.File.pathSeparator))
                    .filter(entry -> !entry.isBlank()).toList()) {
                Path source = Path.of(jar);
                Path link = jars.resolve(source.getFileName());
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, source);
                }
            }
        }
        return home;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops the worker first, so that it stops its executors, then the master. */
    @Override
    public void close() {
        for (int index = daemons.size() - 1; index >= 0; index--) {
            Process daemon = daemons.get(index);
            List<ProcessHandle> children = daemon.descendants().toList();
            daemon.destroy();
            try {
                if (!daemon.waitFor(20, TimeUnit.SECONDS)) {
                    daemon.destroyForcibly();
                }
            } catch (InterruptedException e) {
                daemon.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
        removeJarLinks();
    }

    /** The links to the local Maven repository, removed here because JUnit warns of each one it finds in a TempDir. */
    private void removeJarLinks() {
        try (Stream<Path> jars = Files.list(sparkHome.resolve("jars"))) {
            for (Path jar : jars.filter(Files::isSymbolicLink).toList()) {
                Files.delete(jar);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the test Spark distribution's jar links: " + e.getMessage(), e);
        }
    }
}
