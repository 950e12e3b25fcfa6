package io.callqa.nlp;

import io.callqa.nlp.CallCenterUtterances.LabeledUtterance;
import io.callqa.nlp.CallCenterUtterances.Polarity;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measurement behind {@link SentimentAnalyzer#DEFAULT_PARSER}: for each parser named on the command line, load
 * time, heap held after loading, utterances per CPU second on one thread (the 100 call-center utterances, and the same
 * text run together into 36-word utterances), and how many clear-polarity utterances land on the right side of
 * neutral. Run one parser per JVM for clean load and heap figures; the labels it prints let runs be compared.
 *
 * <pre>
 * java -Xmx3g -cp jobs/target/classes:jobs/target/test-classes:'jobs/target/lib/*' \
 *     io.callqa.nlp.SentimentParserComparison PCFG
 * </pre>
 */
final class SentimentParserComparison {
    private static final int TIMED_PASSES = 3;

    private SentimentParserComparison() {}

    public static void main(String[] arguments) {
        for (String argument : arguments) {
            measure(SentimentParser.valueOf(argument.toUpperCase(Locale.ROOT)));
        }
    }

    private static void measure(SentimentParser parser) {
        List<LabeledUtterance> utterances = CallCenterUtterances.all();
        List<String> longUtterances = runTogether(utterances, 4);
        long heapBefore = usedHeapAfterCollection();
        long started = System.nanoTime();
        SentimentAnalyzer analyzer = new SentimentAnalyzer(parser, SentimentAnalyzer.MAX_WORDS_PER_PARSE);
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        long heapHeld = usedHeapAfterCollection() - heapBefore;

        List<Sentiment> sentiments = new ArrayList<>();
        for (LabeledUtterance utterance : utterances) {
            sentiments.add(analyzer.analyze(utterance.text()));
        }
        double shortPerSecond = perSecond(analyzer, utterances.stream().map(LabeledUtterance::text).toList());
        double longPerSecond = perSecond(analyzer, longUtterances);

        int clear = 0;
        int rightSide = 0;
        int rightSign = 0;
        StringBuilder labels = new StringBuilder();
        for (int index = 0; index < utterances.size(); index++) {
            Polarity expected = utterances.get(index).polarity();
            Sentiment sentiment = sentiments.get(index);
            labels.append(sentiment.classIndex());
            if (expected == Polarity.NEUTRAL) {
                continue;
            }
            clear++;
            boolean negative = expected == Polarity.NEGATIVE;
            if (negative ? sentiment.classIndex() < 2 : sentiment.classIndex() > 2) {
                rightSide++;
            }
            if (negative ? sentiment.score() < 0 : sentiment.score() > 0) {
                rightSign++;
            }
        }
        System.out.printf(Locale.ROOT,
                "%s: load %d ms, heap held %d MB, %.1f utterances/s (%.1f words), %.1f long utterances/s (%.1f words),"
                        + " clear polarity: label %d/%d, score sign %d/%d%n  labels %s%n",
                parser, loadMillis, heapHeld >> 20, shortPerSecond, averageWords(utterances), longPerSecond,
                longUtterances.stream().mapToInt(WordChunks::wordCount).average().orElse(0), rightSide, clear,
                rightSign, clear, labels);
    }

    /**
     * One untimed pass so that the JIT has compiled the parser, then the best of the timed passes. Timed in the
     * thread's CPU time: on a shared machine, wall time measures the neighbours too.
     */
    private static double perSecond(SentimentAnalyzer analyzer, List<String> texts) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        texts.forEach(analyzer::analyze);
        double best = 0;
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            long started = threads.getCurrentThreadCpuTime();
            texts.forEach(analyzer::analyze);
            best = Math.max(best, texts.size() / ((threads.getCurrentThreadCpuTime() - started) / 1e9));
        }
        return best;
    }

    private static List<String> runTogether(List<LabeledUtterance> utterances, int perGroup) {
        List<String> joined = new ArrayList<>();
        for (int start = 0; start + perGroup <= utterances.size(); start += perGroup) {
            joined.add(String.join(" ", utterances.subList(start, start + perGroup).stream()
                    .map(LabeledUtterance::text).toList()));
        }
        return joined;
    }

    private static double averageWords(List<LabeledUtterance> utterances) {
        return utterances.stream().mapToInt(utterance -> WordChunks.wordCount(utterance.text())).average().orElse(0);
    }

    private static long usedHeapAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int round = 0; round < 3; round++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
