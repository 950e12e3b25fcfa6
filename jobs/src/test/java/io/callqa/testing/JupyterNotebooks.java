package io.callqa.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Executes notebooks headlessly with Debian's {@code jupyter-nbconvert} on the callqa Java kernel.
 *
 * <p>The kernel (rapaio-jupyter-kernel 3.0.1) sometimes never answers Jupyter's first {@code kernel_info_request}: about
 * one start in five here, a race in its channel set-up. Such a start is given a short limit and retried, a bounded
 * number of times; a notebook whose cell fails is not retried.
 */
public final class JupyterNotebooks {
    private static final Path NBCONVERT = Path.of("/usr/bin/jupyter-nbconvert");
    private static final int STARTUP_SECONDS = 25;
    private static final int CELL_SECONDS = 180;
    private static final int ATTEMPTS = 6;
    private static final String KERNEL_HUNG = "Kernel didn't respond";

    private final Path jupyterData;
    private final Map<String, String> environment;

    /** {@code jupyterData} holds kernels/callqa-java; {@code environment} is added to the kernel's. */
    public JupyterNotebooks(Path jupyterData, Map<String, String> environment) {
        this.jupyterData = jupyterData;
        this.environment = Map.copyOf(environment);
    }

    public static boolean isInstalled() {
        return Files.isExecutable(NBCONVERT);
    }

    /** Installs the kernel with the project's own script, as an analyst would. */
    public static JupyterNotebooks install(Path notebooks, Path jupyterData, Map<String, String> environment)
            throws IOException, InterruptedException {
        Process install = new ProcessBuilder("bash", notebooks.resolve("install-kernel").toString(), jupyterData.toString())
                .redirectErrorStream(true).start();
        String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (install.waitFor() != 0) {
            throw new IOException("Cannot install the notebook kernel: " + output);
        }
        return new JupyterNotebooks(jupyterData, environment);
    }

    /** What an execution gave: the executed notebook, how many kernel starts it took, and nbconvert's output. */
    public record Execution(Path executed, int attempts, int exitCode, String log) {}

    public Execution execute(Path notebook, Path outputFolder) throws IOException, InterruptedException {
        Files.createDirectories(outputFolder);
        Path log = outputFolder.resolve(notebook.getFileName() + ".log");
        Path executed = outputFolder.resolve(notebook.getFileName());
        int exitCode = -1;
        String output = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            List<String> command = new ArrayList<>(List.of(NBCONVERT.toString(), "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.startup_timeout=" + STARTUP_SECONDS,
                    "--ExecutePreprocessor.timeout=" + CELL_SECONDS,
                    "--ExecutePreprocessor.kernel_name=callqa-java",
                    "--output-dir", outputFolder.toString(), "--output", notebook.getFileName().toString(),
                    notebook.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("JUPYTER_PATH", jupyterData.toString());
            builder.environment().put("JUPYTER_RUNTIME_DIR", outputFolder.resolve("runtime").toString());
            Process process = builder.start();
            if (!process.waitFor(STARTUP_SECONDS + 10L * CELL_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IOException("Cannot execute " + notebook + ": nbconvert did not finish in time");
            }
            exitCode = process.exitValue();
            output = Files.readString(log);
            if (exitCode == 0 || !output.contains(KERNEL_HUNG)) {
                return new Execution(executed, attempt, exitCode, output);
            }
        }
        return new Execution(executed, ATTEMPTS, exitCode, output);
    }
}
