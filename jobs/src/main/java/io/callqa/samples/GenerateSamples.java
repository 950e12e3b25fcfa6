package io.callqa.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the demo calls of {@link DemoScripts} into a folder: {@code GenerateSamples [output-folder]}. */
public final class GenerateSamples {
    private GenerateSamples() {}

    public static void main(String[] args) throws IOException {
        if (args.length > 1) {
            System.err.println("Usage: GenerateSamples [output-folder]   (default: samples)");
            System.exit(2);
        }
        Path outputFolder = Path.of(args.length == 1 ? args[0] : "samples");
        SampleCallsGenerator generator =
                new SampleCallsGenerator(new CallSynthesizer(new TextToSpeech()), DemoScripts.agents());
        List<CallGroundTruth> calls;
        try {
            calls = generator.generate(outputFolder, DemoScripts.calls());
        } catch (SampleGenerationException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        for (CallGroundTruth call : calls) {
            ExpectedMetrics metrics = call.metrics();
            System.out.printf("%s  %5.1f s  agent talk %5.1f s  customer talk %5.1f s  longest silence %4.1f s  "
                            + "overtalk %d (agent %d, customer %d)%n",
                    call.callId(), metrics.durationMillis() / 1000.0, metrics.agentTalkMillis() / 1000.0,
                    metrics.customerTalkMillis() / 1000.0, metrics.longestSilenceMillis() / 1000.0,
                    metrics.overtalkCount(), metrics.agentInterruptions(), metrics.customerInterruptions());
        }
        System.out.println("Wrote " + calls.size() + " calls to " + outputFolder.toAbsolutePath().normalize());
    }
}
