package io.callqa.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP pipelines, each built once per JVM and shared by every task of an executor: building one reads
 * hundreds of megabytes of models and takes seconds, while annotating with it is safe from many threads (CoreNLP's
 * own server shares one pipeline across its request threads; {@code NlpPipelinesTest} checks that concurrent
 * results equal sequential ones).
 */
final class NlpPipelines {
    private static final Logger LOG = LoggerFactory.getLogger(NlpPipelines.class);

    /**
     * A chunk of {@link SentimentAnalyzer#MAX_WORDS_PER_PARSE} words is at most about 60 tokens once contractions
     * are split. Anything longer did not come through the analyzer's chunking; the parser then gives up on it at
     * once (a flat tree, neutral sentiment) instead of spending seconds and memory on a cubic parse.
     */
    private static final int MAX_TOKENS_PER_PARSE = 80;

    /**
     * The tokenizer warns about every character it cannot place, quoting it; utterances are customer data and stay
     * out of the logs. (The parser also quotes a sentence it fails to parse, at WARN: conf/log4j2.properties should
     * keep {@code edu.stanford.nlp.pipeline.ParserAnnotator} at ERROR.)
     */
    private static final String KEEP_UNTOKENIZABLE_QUIETLY = "untokenizable=noneKeep";

    private static final Map<SentimentParser, StanfordCoreNLP> SENTIMENT = new ConcurrentHashMap<>();
    private static StanfordCoreNLP personNames;

    private NlpPipelines() {}

    /** Tokenizer, parser and sentiment model; one utterance is one sentence. */
    static StanfordCoreNLP sentiment(SentimentParser parser) {
        return SENTIMENT.computeIfAbsent(parser, NlpPipelines::buildSentiment);
    }

    /** Tokenizer and the caseless named-entity model, for finding person names in lower-case text. */
    static synchronized StanfordCoreNLP personNames() {
        if (personNames == null) {
            personNames = build("named-entity", personNameProperties());
        }
        return personNames;
    }

    private static StanfordCoreNLP buildSentiment(SentimentParser parser) {
        Properties properties = new Properties();
        properties.setProperty("annotators", parser.annotators());
        // ASR output has no punctuation, so a sentence splitter would only guess; an utterance is the unit we score.
        properties.setProperty("ssplit.isOneSentence", "true");
        properties.setProperty("tokenize.options", KEEP_UNTOKENIZABLE_QUIETLY);
        properties.setProperty("parse.model", parser.parserModel());
        properties.setProperty("parse.binaryTrees", "true");
        // The sentiment model reads only the binarized tree. Building dependency graphs too would take two thirds of
        // the time with the shift-reduce parser (measured: 110-160 against 440 utterances per CPU second).
        properties.setProperty("parse.buildgraphs", "false");
        properties.setProperty("parse.maxlen", Integer.toString(MAX_TOKENS_PER_PARSE));
        if (parser.taggerModel() != null) {
            properties.setProperty("pos.model", parser.taggerModel());
        }
        return build("sentiment (" + parser.name().toLowerCase(Locale.ROOT) + ")", properties);
    }

    private static Properties personNameProperties() {
        Properties properties = new Properties();
        // The caseless three-class model reads words, shapes and word clusters but no part-of-speech tags (its
        // training properties leave useTags off), and lemmas serve only the fine-grained rules switched off below.
        // Without the tagger and lemmatizer the entity tags are the same and the pipeline is about twice as fast
        // (measured on 114 utterances: 2,200-3,300 against 1,300-1,500 per CPU second), so the annotator's usual
        // requirements are not enforced.
        properties.setProperty("annotators", "tokenize,ssplit,ner");
        properties.setProperty("enforceRequirements", "false");
        properties.setProperty("ssplit.isOneSentence", "true");
        properties.setProperty("tokenize.options", KEEP_UNTOKENIZABLE_QUIETLY);
        // Only PERSON is used. The cased default models miss lower-case names; the three-class caseless model finds
        // them, and alone it is two to three times faster than with the 4- and 7-class caseless models beside it.
        properties.setProperty("ner.model",
                "edu/stanford/nlp/models/ner/english.all.3class.caseless.distsim.crf.ser.gz");
        properties.setProperty("ner.applyFineGrained", "false");
        properties.setProperty("ner.applyNumericClassifiers", "false");
        properties.setProperty("ner.useSUTime", "false");
        properties.setProperty("ner.buildEntityMentions", "false");
        return properties;
    }

    private static StanfordCoreNLP build(String name, Properties properties) {
        long started = System.nanoTime();
        StanfordCoreNLP pipeline;
        try {
            pipeline = new StanfordCoreNLP(properties);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot build the CoreNLP " + name + " pipeline: " + e.getMessage()
                    + " (the stanford-corenlp jars with classifiers 'models' and 'models-english' must be on the"
                    + " class path)", e);
        }
        LOG.info("Loaded the CoreNLP {} pipeline in {} ms", name, (System.nanoTime() - started) / 1_000_000);
        return pipeline;
    }
}
