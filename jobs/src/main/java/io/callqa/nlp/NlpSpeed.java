package io.callqa.nlp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Prints how fast sentiment and redaction run on one thread, in utterances per second of wall time and of the
 * thread's CPU time (the figure that holds on a busy machine), after loading and warming up the pipelines.
 * Utterances come from a file (one per line, e.g. exported from the transcripts table) or, without one, from a
 * built-in set of call-center utterances. Prints counts only, never the utterances: they are customer data.
 *
 * <pre>
 * java -Xmx2g -cp 'jobs/target/classes:jobs/target/lib/*' io.callqa.nlp.NlpSpeed [utterances.txt]
 * </pre>
 */
public final class NlpSpeed {
    private static final List<String> BUILT_IN = List.of(
            "thank you for calling northwind bank my name is sarah how can i help you today",
            "hi yes i am calling about a charge on my statement that i do not recognize",
            "i can help with that can i have your full name and date of birth please",
            "sure it's maria gonzalez and my date of birth is the fourth of march nineteen eighty five",
            "thank you maria and can you confirm the last four digits of the card",
            "it's four two one seven",
            "okay i can see a payment of forty nine ninety nine to an online store on tuesday",
            "i never ordered anything from them this is the third time this has happened and i am really fed up",
            "i completely understand how frustrating that is let me block the card and order you a new one",
            "the new card will arrive in five to seven working days",
            "can i get a number to call you back on if we get cut off",
            "yes it's five five five one two three four five six seven",
            "and my email is maria dot gonzalez at example dot com if you need it",
            "great i have raised a dispute for the payment and you will get an email with the details",
            "you will not be charged while we look into it",
            "is there anything else i can help you with today",
            "no that's everything thank you so much you have been really helpful",
            "you are welcome have a lovely day",
            "um so i was wondering whether i could also change the address on the account because we moved in "
                    + "january and i keep getting letters at the old place and honestly the last time i called "
                    + "nobody could tell me how to do it",
            "of course i can update that for you now");
    private static final int WARM_UP_PASSES = 2;
    private static final int TIMED_PASSES = 5;

    private NlpSpeed() {}

    public static void main(String[] arguments) throws IOException {
        List<String> utterances = arguments.length > 0
                ? Files.readAllLines(Path.of(arguments[0])).stream().filter(line -> !line.isBlank()).toList()
                : BUILT_IN;
        double words = utterances.stream().mapToInt(WordChunks::wordCount).average().orElse(0);
        System.out.printf(Locale.ROOT, "%d utterances, %.1f words on average%n", utterances.size(), words);

        long started = System.nanoTime();
        SentimentAnalyzer analyzer = new SentimentAnalyzer();
        report("sentiment (" + SentimentAnalyzer.DEFAULT_PARSER + ")", started, utterances, analyzer::analyze);

        started = System.nanoTime();
        PiiRedactor redactor = new PiiRedactor();
        report("redaction", started, utterances, redactor::redact);

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap in use after both: %d MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static void report(String name, long loadStarted, List<String> utterances, Consumer<String> work) {
        long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            utterances.forEach(work);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long startedOnCpu = threads.getCurrentThreadCpuTime();
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            utterances.forEach(work);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - startedOnCpu) / 1e9;
        int done = TIMED_PASSES * utterances.size();
        System.out.printf(Locale.ROOT, "%s: loaded in %d ms; one thread: %.1f utterances/s, %.1f per CPU second%n",
                name, loadMillis, done / seconds, done / cpuSeconds);
    }
}
