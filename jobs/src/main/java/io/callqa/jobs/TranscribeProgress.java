package io.callqa.jobs;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.Locale;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Counts calls and audio as executors finish them, and prints a progress line on the driver while the stage runs:
 * calls done of the total, hours of audio, and how many times faster than real time the batch goes.
 */
final class TranscribeProgress implements Serializable {
    private final LongAccumulator transcribed;
    private final LongAccumulator skipped;
    private final LongAccumulator rejected;
    private final LongAccumulator callAudioMillis;
    private final LongAccumulator processingMillis;

    TranscribeProgress(SparkContext context) {
        transcribed = context.longAccumulator("calls transcribed");
        skipped = context.longAccumulator("calls skipped");
        rejected = context.longAccumulator("calls rejected");
        callAudioMillis = context.longAccumulator("call audio ms");
        processingMillis = context.longAccumulator("processing ms");
    }

    void callTranscribed(long callAudio, long processing) {
        transcribed.add(1);
        callAudioMillis.add(callAudio);
        processingMillis.add(processing);
    }

    void callSkipped() {
        skipped.add(1);
    }

    void callRejected() {
        rejected.add(1);
    }

    long audioMillis() {
        return callAudioMillis.value();
    }

    long processingMillis() {
        return processingMillis.value();
    }

    String describe(int totalCalls, long wallMillis) {
        long done = transcribed.value() + skipped.value() + rejected.value();
        double audioHours = callAudioMillis.value() / 3_600_000.0;
        double realTime = wallMillis == 0 ? 0 : callAudioMillis.value() / (double) wallMillis;
        double perCore = processingMillis.value() == 0 ? 0 : callAudioMillis.value() / (double) processingMillis.value();
        return String.format(Locale.ROOT,
                "transcribe: %d/%d calls (%d skipped, %d rejected) · %.3f h of calls · %.1f× real time (%.1f× per busy core)",
                done, totalCalls, skipped.value(), rejected.value(), audioHours, realTime, perCore);
    }

    /** Stops the progress lines; closing throws nothing. */
    interface Reporting extends AutoCloseable {
        @Override
        void close();
    }

    /** Prints {@link #describe} every few seconds until closed. */
    Reporting report(PrintStream out, int totalCalls, long startNanos) {
        Thread thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(5_000);
                    out.println(describe(totalCalls, (System.nanoTime() - startNanos) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "callqa-progress");
        thread.setDaemon(true);
        thread.start();
        return thread::interrupt;
    }
}
