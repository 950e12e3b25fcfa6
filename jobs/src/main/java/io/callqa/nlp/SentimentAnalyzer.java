package io.callqa.nlp;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.ejml.simple.SimpleMatrix;

/**
 * The sentiment of one ASR utterance (lower case, unpunctuated) with CoreNLP's recursive sentiment model. Cheap to
 * create: every analyzer of a JVM shares one pipeline (see {@link NlpPipelines}); safe to use from many threads.
 *
 * <p><b>Long utterances.</b> Parsing is cubic in the sentence length and the recognizer runs sentences together, so
 * an utterance of more than {@link #MAX_WORDS_PER_PARSE} words is cut at spaces into even chunks of at most that
 * many words. Each chunk is parsed on its own and the chunks' class distributions are averaged, weighted by their
 * word counts: a ten-word complaint inside a sixty-word utterance counts for a sixth of it. The label and score are
 * then read off the averaged distribution exactly as for a single chunk.
 */
public final class SentimentAnalyzer {
    /**
     * Forty words take about a second to parse with the PCFG and a few milliseconds with shift-reduce; longer
     * utterances are cut (see above). Not higher, so that the PCFG stays usable.
     */
    public static final int MAX_WORDS_PER_PARSE = 40;

    /**
     * Shift-reduce, chosen by measurement ({@code SentimentParserComparison} in the tests: 100 lower-case call-center
     * utterances of 8 words on average, 35 clearly negative, 35 clearly positive, 30 neutral; one thread, CPU time,
     * November 2026):
     *
     * <pre>
     *                     load     heap held   utterances/s   36-word utterances/s   clear polarity: label / score sign
     * PCFG                1.5-3.7 s    90 MB      55-62            1.9                     51/70 / 63/70
     * caseless PCFG       1.3-2.8 s    85 MB      54-55            1.6-1.9                 51/70 / 63/70
     * shift-reduce        4.2-8.4 s   650 MB     480-710          98-168                  49/70 / 64/70
     * </pre>
     *
     * The parsers agree on 91 of the 100 labels and are equally right about clear polarity (the PCFG puts two more
     * labels on the right side of neutral, shift-reduce one more score), so speed decides: shift-reduce is ten times
     * faster on short utterances and eighty times on long ones, where the PCFG's cubic parse takes half a second. It
     * costs memory: the model needs a heap of at least 1 GB to load (768 MB fails) and holds 650 MB after; choose
     * {@link SentimentParser#PCFG} where executors cannot spare that. The caseless PCFG gives the same labels as the
     * cased one on this set and is no faster.
     */
    public static final SentimentParser DEFAULT_PARSER = SentimentParser.SHIFT_REDUCE;

    private static final List<String> LABELS = List.of("very_negative", "negative", "neutral", "positive",
            "very_positive");
    private static final int NEUTRAL = 2;
    private static final Sentiment NOTHING_SAID = new Sentiment(LABELS.get(NEUTRAL), NEUTRAL, 0.0);

    private final StanfordCoreNLP pipeline;
    private final int maxWordsPerParse;

    /** The default parser and chunk length; loads the shared pipeline on first use in the JVM. */
    public SentimentAnalyzer() {
        this(DEFAULT_PARSER, MAX_WORDS_PER_PARSE);
    }

    public SentimentAnalyzer(SentimentParser parser, int maxWordsPerParse) {
        requireNonNull(parser, "parser is null");
        if (maxWordsPerParse < 1) {
            throw new IllegalArgumentException(
                    "Cannot create a sentiment analyzer: maxWordsPerParse is " + maxWordsPerParse);
        }
        this.pipeline = NlpPipelines.sentiment(parser);
        this.maxWordsPerParse = maxWordsPerParse;
    }

    /** An utterance without words is neutral with score 0. */
    public Sentiment analyze(String utterance) {
        requireNonNull(utterance, "utterance is null");
        if (utterance.isBlank()) {
            return NOTHING_SAID;
        }
        double[] averaged = new double[LABELS.size()];
        double totalWeight = 0;
        for (String chunk : WordChunks.split(utterance, maxWordsPerParse)) {
            double[] distribution = classDistribution(chunk);
            if (distribution == null) {
                continue;
            }
            int weight = WordChunks.wordCount(chunk);
            for (int classIndex = 0; classIndex < averaged.length; classIndex++) {
                averaged[classIndex] += weight * distribution[classIndex];
            }
            totalWeight += weight;
        }
        if (totalWeight == 0) {
            return NOTHING_SAID;
        }
        for (int classIndex = 0; classIndex < averaged.length; classIndex++) {
            averaged[classIndex] /= totalWeight;
        }
        return fromDistribution(averaged);
    }

    /**
     * The most probable class, and the expected class value (0…4) mapped linearly to -1…+1. The expectation rather
     * than the winning class makes the score continuous: "ok fine" at 55 % neutral and 40 % negative scores below a
     * confidently neutral sentence, and averages over a call quarter keep that difference.
     */
    static Sentiment fromDistribution(double[] distribution) {
        int best = 0;
        double expected = 0;
        for (int classIndex = 0; classIndex < distribution.length; classIndex++) {
            if (distribution[classIndex] > distribution[best]) {
                best = classIndex;
            }
            expected += classIndex * distribution[classIndex];
        }
        double score = Math.max(-1.0, Math.min(1.0, (expected - NEUTRAL) / NEUTRAL));
        return new Sentiment(LABELS.get(best), best, score);
    }

    /** The root's class probabilities, or null when the chunk holds no token (only punctuation, say). */
    private double[] classDistribution(String chunk) {
        Annotation annotation = new Annotation(chunk);
        pipeline.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.isEmpty()) {
            return null;
        }
        Tree tree = sentences.get(0).get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
        SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
        double[] distribution = new double[LABELS.size()];
        for (int classIndex = 0; classIndex < distribution.length; classIndex++) {
            distribution[classIndex] = predictions.get(classIndex);
        }
        return distribution;
    }
}
