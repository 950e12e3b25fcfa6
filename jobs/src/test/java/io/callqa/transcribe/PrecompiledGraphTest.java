package io.callqa.transcribe;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.WavDecoder;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vosk.Model;

/**
 * The build composes the model's lookahead graph into one static graph (models/compile-decoding-graph) because
 * composing it on the fly was most of transcription's CPU. That is only a speed-up if nothing else changes: the
 * same call must give the same words, times and confidences through either graph.
 */
class PrecompiledGraphTest {
    private static final Path MODEL = Path.of(CallqaTestHome.config().transcription().modelPath());

    @Test
    void theBuildPrecompilesTheDecodingGraph() {
        assertThat(MODEL.resolve(VoskModels.PRECOMPILED_GRAPH))
                .as("the build writes it when OpenFst's tools are installed (./test installs libfst-tools)")
                .isRegularFile();
    }

    @Test
    void thePrecompiledGraphGivesTheSameTranscriptAsTheLookaheadGraph(@TempDir Path lookaheadModel) throws Exception {
        DecodedAudio call = WavDecoder.decode(Files.readAllBytes(CallqaTestHome.home().resolve("samples/calls/c002.wav")));
        List<Utterance> precompiled = SharedRecognizer.transcriber().transcribe(call, 0, 2).utterances();

        List<Utterance> lookahead;
        try (Model model = new Model(withoutPrecompiledGraph(lookaheadModel).toString())) {
            lookahead = SharedRecognizer.transcriber(model).transcribe(call, 0, 2).utterances();
        }

        assertThat(precompiled).hasSizeGreaterThan(5);
        assertThat(precompiled).isEqualTo(lookahead);
    }

    /** The model as Vosk ships it (copied, 70 MB): the same files but for the composed graph and its word list. */
    private static Path withoutPrecompiledGraph(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(MODEL)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = MODEL.relativize(file).toString();
                if (!relative.equals(VoskModels.PRECOMPILED_GRAPH) && !relative.equals("graph/words.txt")) {
                    Files.createDirectories(folder.resolve(relative).getParent());
                    Files.copy(file, folder.resolve(relative));
                }
            }
        }
        return folder;
    }
}
