package io.callqa.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's audio tools (sox, opusenc, ffmpeg; installed by ./test) to make test recordings in the formats
 * recording platforms export, so each decoder is tested on files a real encoder wrote.
 */
public final class Sox {
    private Sox() {}

    /**
     * {@code sox -D ARGS...}, failing the test with sox's message when it fails. Without {@code -D} sox dithers with
     * random noise whenever it lowers the precision (μ-law to IMA ADPCM, say), and a test recording would differ from
     * run to run.
     */
    public static void sox(Object... arguments) {
        Object[] withoutDither = new Object[arguments.length + 1];
        withoutDither[0] = "-D";
        System.arraycopy(arguments, 0, withoutDither, 1, arguments.length);
        run("sox", withoutDither);
    }

    /** Any of the tools, by name. */
    public static void run(String tool, Object... arguments) {
        List<String> command = new ArrayList<>(List.of(tool));
        for (Object argument : arguments) {
            command.add(argument instanceof Path path ? path.toString() : String.valueOf(argument));
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("Cannot make a test recording: " + String.join(" ", command) + " failed: "
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot make a test recording: " + tool + " is not installed (./test installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Cannot make a test recording: interrupted", e);
        }
    }
}
