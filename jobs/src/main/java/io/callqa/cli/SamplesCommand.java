package io.callqa.cli;

import io.callqa.samples.CallGroundTruth;
import io.callqa.samples.CallSynthesizer;
import io.callqa.samples.DemoScripts;
import io.callqa.samples.SampleCallsGenerator;
import io.callqa.samples.TextToSpeech;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Synthesize the demo calls (two-channel 8 kHz μ-law, Debian flite voices) with their manifest, "
                + "roster and ground truth. Needs flite: apt-get install flite.")
final class SamplesCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write (default: samples in the callqa folder).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path folder = out != null ? out : CallqaHome.get().resolve("samples");
        List<CallGroundTruth> calls = new SampleCallsGenerator(new CallSynthesizer(new TextToSpeech()), DemoScripts.agents())
                .generate(folder, DemoScripts.calls());
        System.out.printf("Wrote %d calls, calls.csv, agents.csv and ground_truth.jsonl to %s%n", calls.size(), folder);
        return 0;
    }
}
