package io.callqa.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's {@code chromium}) driven over the DevTools protocol with the JDK's own HTTP and
 * WebSocket client: open a page, collect what the browser reports as errors, evaluate JavaScript in the page and take
 * a full-page screenshot. No test framework beyond the JDK.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Pattern DEVTOOLS_ADDRESS = Pattern.compile("DevTools listening on ws://([^/]+)/");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger nextId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    public static boolean isInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/chromium"));
    }

    public static HeadlessChromium start() throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("callqa-chromium");
        Process process = new ProcessBuilder("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1280,900",
                "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String address = devToolsAddress(process);
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/json/list"))
                .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body());
        String pageSocket = null;
        for (JsonNode target : targets) {
            if ("page".equals(target.path("type").asText())) {
                pageSocket = target.path("webSocketDebuggerUrl").asText();
            }
        }
        if (pageSocket == null) {
            process.destroyForcibly();
            throw new IOException("Cannot drive chromium: it opened no page (" + targets + ")");
        }
        Listener listener = new Listener();
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(URI.create(pageSocket), listener).join();
        HeadlessChromium browser = new HeadlessChromium(process, profile, socket);
        listener.browser = browser;
        browser.call("Page.enable", JSON.createObjectNode());
        browser.call("Runtime.enable", JSON.createObjectNode());
        browser.call("Log.enable", JSON.createObjectNode());
        return browser;
    }

    private static String devToolsAddress(Process process) throws IOException {
        // Chromium announces its DevTools endpoint on standard error; keep draining it afterwards so it never blocks.
        BufferedReader errorStream = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = errorStream.readLine()) != null) {
            Matcher matcher = DEVTOOLS_ADDRESS.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> errorStream.lines().forEach(ignored -> {}), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        process.destroyForcibly();
        throw new IOException("Cannot drive chromium: it did not announce its DevTools endpoint");
    }

    /** Opens {@code page} and waits for its load event; errors reported from then on are in {@link #errors()}. */
    public void open(Path page) {
        errors.clear();
        loaded = new CompletableFuture<>();
        ObjectNode parameters = JSON.createObjectNode().put("url", page.toUri().toString());
        JsonNode result = call("Page.navigate", parameters);
        if (result.hasNonNull("errorText")) {
            throw new IllegalStateException("Cannot open " + page + ": " + result.get("errorText").asText());
        }
        loaded.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Console errors, uncaught exceptions and browser log errors (failed loads, blocked requests) since the last open. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    public JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode()
                .put("expression", expression).put("returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("Cannot evaluate " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /**
     * Evaluates {@code expression} as if the user had clicked (media may play) and waits for the promise it returns.
     */
    public JsonNode evaluateAsUser(String expression) {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true).put("userGesture", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("Cannot evaluate " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** A PNG of the whole page (up to {@code maximumHeight} CSS pixels), as a person would see it at 1280 px wide. */
    public void screenshot(Path file, int maximumHeight) throws IOException {
        JsonNode metrics = call("Page.getLayoutMetrics", JSON.createObjectNode());
        double height = Math.min(maximumHeight, metrics.path("cssContentSize").path("height").asDouble(900));
        ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", 1280).put("height", height)
                .put("scale", 1);
        ObjectNode parameters = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        parameters.set("clip", clip);
        JsonNode shot = call("Page.captureScreenshot", parameters);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    private JsonNode call(String method, ObjectNode parameters) {
        int id = nextId.incrementAndGet();
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        pending.put(id, response);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", parameters);
        socket.sendText(message.toString(), true).join();
        JsonNode answer = response.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        if (answer.has("error")) {
            throw new IllegalStateException("Cannot " + method + ": " + answer.get("error"));
        }
        return answer.path("result");
    }

    private void receive(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> response = pending.remove(message.get("id").asInt());
            if (response != null) {
                response.complete(message);
            }
            return;
        }
        JsonNode parameters = message.path("params");
        switch (message.path("method").asText()) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.exceptionThrown" -> errors.add("exception: " + parameters.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                String type = parameters.path("type").asText();
                if (type.equals("error") || type.equals("assert")) {
                    errors.add("console." + type + ": " + parameters.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = parameters.path("entry");
                if (entry.path("level").asText().equals("error")) {
                    errors.add("log: " + entry.path("text").asText() + " " + entry.path("url").asText());
                }
            }
            default -> { }
        }
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (UncheckedIOException ignored) {
            // Chromium may still be removing its own files; the temporary folder is cleaned by the system later.
        }
    }

    /** Joins the WebSocket's message fragments and hands each whole message to the browser. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile HeadlessChromium browser;
        private final List<JsonNode> early = new ArrayList<>();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (browser == null) {
                        early.add(message);
                    } else {
                        early.forEach(browser::receive);
                        early.clear();
                        browser.receive(message);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    partial.setLength(0);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
