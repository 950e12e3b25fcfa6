package io.callqa.bench;

import io.callqa.audio.AudioFormatException;
import io.callqa.audio.WavDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed batch the pipeline benchmark runs: the four sample calls (two-channel 8 kHz μ-law, {@code samples/}),
 * each listed {@code copies} times under its own call id, so that runs on any machine process the same audio.
 *
 * @param audioMillis the length of the batch's calls, summed
 */
public record BenchmarkCalls(Path manifest, Path roster, int calls, long audioMillis) {
    public static BenchmarkCalls prepare(Path samples, Path folder, int copies) throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("Cannot prepare the benchmark calls: copies is " + copies + ", not at least 1");
        }
        List<String> sampleManifest = Files.readAllLines(samples.resolve("calls.csv"));
        Path calls = Files.createDirectories(folder.resolve("calls"));
        List<String> manifest = new ArrayList<>(List.of(sampleManifest.get(0)));
        long sampleAudioMillis = 0;
        for (String row : sampleManifest.subList(1, sampleManifest.size())) {
            String[] columns = row.split(",", -1);
            Path audio = samples.resolve(columns[1]);
            Files.copy(audio, calls.resolve(audio.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            try {
                sampleAudioMillis += WavDecoder.decode(Files.readAllBytes(audio)).durationMillis();
            } catch (AudioFormatException e) {
                throw new IllegalStateException("Cannot prepare the benchmark calls: " + audio + " is not a call recording: "
                        + e.getMessage(), e);
            }
            for (int copy = 1; copy <= copies; copy++) {
                columns[0] = String.format("%s-%02d", row.substring(0, row.indexOf(',')), copy);
                columns[1] = "calls/" + audio.getFileName();
                manifest.add(String.join(",", columns));
            }
        }
        Path manifestFile = Files.write(folder.resolve("calls.csv"), manifest);
        Path roster = Files.copy(samples.resolve("agents.csv"), folder.resolve("agents.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        return new BenchmarkCalls(manifestFile, roster, manifest.size() - 1, sampleAudioMillis * copies);
    }
}
