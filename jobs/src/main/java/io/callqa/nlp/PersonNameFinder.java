package io.callqa.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;

/**
 * Person names, by CoreNLP's caseless named-entity model: recognizer output has no capitals, and the cased models
 * miss "maria gonzalez" while the caseless one finds it. Consecutive name words are one span.
 */
final class PersonNameFinder implements PiiFinder {
    private static final String PERSON = "PERSON";

    private final StanfordCoreNLP pipeline;

    PersonNameFinder(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public List<PiiSpan> find(String text, List<WordToken> tokens) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<PiiSpan> spans = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            if (PERSON.equals(token.ner())) {
                if (start < 0) {
                    start = token.beginPosition();
                }
                end = token.endPosition();
            } else if (start >= 0) {
                spans.add(new PiiSpan(PiiType.NAME, start, end));
                start = -1;
            }
        }
        if (start >= 0) {
            spans.add(new PiiSpan(PiiType.NAME, start, end));
        }
        return spans;
    }
}
