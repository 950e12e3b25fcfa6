package io.callqa.transcribe;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.WavDecoder;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedRecognizer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Compliance audits must be reproducible: the same audio gives the same words and times whatever was decoded before,
 * in which order and on which thread. Vosk as shipped fails this (Kaldi's process-wide dither, vosk-api #868).
 */
class DeterministicTranscriptionTest {
    @Test
    void theSameCallGivesTheSameTranscriptAloneAfterOtherCallsAndInParallel() throws Exception {
        DecodedAudio call = stereo(decode("tt-allbusy.wav"), decode("vm-record-prepend.wav"));
        DecodedAudio other = decode("demo-echotest.wav");
        DecodedAudio another = decode("tt-monkeysintro.wav");
        CallTranscriber transcriber = SharedRecognizer.transcriber();
        long seed = 42;

        List<Utterance> alone = transcriber.transcribe(call, 0, seed).utterances();
        transcriber.transcribe(other, 0, 7);
        transcriber.transcribe(another, 0, 8);
        List<Utterance> afterOthers = transcriber.transcribe(call, 0, seed).utterances();

        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Utterance>>> parallel = new ArrayList<>();
            for (int thread = 0; thread < 3; thread++) {
                int order = thread;
                parallel.add(threads.submit(() -> {
                    CallTranscriber own = SharedRecognizer.transcriber();
                    if (order == 1) {
                        own.transcribe(other, 0, 7);
                    }
                    List<Utterance> result = own.transcribe(call, 0, seed).utterances();
                    if (order == 2) {
                        own.transcribe(another, 0, 8);
                    }
                    return result;
                }));
            }
            assertThat(alone).isNotEmpty();
            assertThat(alone).extracting(Utterance::role).containsOnly(Role.AGENT, Role.CUSTOMER);
            assertThat(afterOthers).isEqualTo(alone);
            for (Future<List<Utterance>> result : parallel) {
                assertThat(result.get()).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static DecodedAudio decode(String name) throws Exception {
        return WavDecoder.decode(Files.readAllBytes(CallqaTestHome.testResource("speech/asterisk/" + name)));
    }

    /** Two mono prompts as the two parties of one call; the shorter channel is padded with silence. */
    private static DecodedAudio stereo(DecodedAudio left, DecodedAudio right) {
        int frames = Math.max(left.frameCount(), right.frameCount());
        return new DecodedAudio(8000, List.of(java.util.Arrays.copyOf(left.channel(0), frames),
                java.util.Arrays.copyOf(right.channel(0), frames)), "pcm_s16le");
    }
}
