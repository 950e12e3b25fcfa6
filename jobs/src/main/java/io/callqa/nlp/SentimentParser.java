package io.callqa.nlp;

/**
 * The constituency parser whose binarized trees CoreNLP's sentiment model scores. The sentiment model works on
 * whatever tree it is given, so the parser decides both the speed and, through the tree's shape, the labels.
 */
public enum SentimentParser {
    /** The cased English PCFG (in the {@code models} jar): tags words itself, so no part-of-speech tagger. */
    PCFG("tokenize,ssplit,parse,sentiment", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz", null),

    /**
     * The PCFG trained on lower-cased text (in {@code models-english}): ASR output has no capitals, so this is the
     * grammar that has seen text like ours.
     */
    CASELESS_PCFG("tokenize,ssplit,parse,sentiment",
            "edu/stanford/nlp/models/lexparser/englishPCFG.caseless.ser.gz", null),

    /**
     * The shift-reduce parser (in {@code models-english}): needs tags, which come from the caseless tagger since the
     * text is lower case (on the test set of 100 utterances the cased tagger gives the same sentiment labels).
     */
    SHIFT_REDUCE("tokenize,ssplit,pos,parse,sentiment", "edu/stanford/nlp/models/srparser/englishSR.ser.gz",
            "edu/stanford/nlp/models/pos-tagger/english-caseless-left3words-distsim.tagger");

    private final String annotators;
    private final String parserModel;
    private final String taggerModel;

    SentimentParser(String annotators, String parserModel, String taggerModel) {
        this.annotators = annotators;
        this.parserModel = parserModel;
        this.taggerModel = taggerModel;
    }

    String annotators() {
        return annotators;
    }

    String parserModel() {
        return parserModel;
    }

    /** The part-of-speech model, or null when the parser tags words itself. */
    String taggerModel() {
        return taggerModel;
    }
}
