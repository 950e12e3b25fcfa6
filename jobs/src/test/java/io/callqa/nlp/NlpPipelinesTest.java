package io.callqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.nlp.CallCenterUtterances.LabeledUtterance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A Spark executor runs several tasks on one JVM's pipelines at once. CoreNLP's annotators are written to be shared
 * (its server does so); these tests hold that to account for the annotators we use.
 */
class NlpPipelinesTest {
    private static final int THREADS = 4;

    @Test
    void buildsEachPipelineOnce() {
        assertThat(NlpPipelines.sentiment(SentimentAnalyzer.DEFAULT_PARSER))
                .isSameAs(NlpPipelines.sentiment(SentimentAnalyzer.DEFAULT_PARSER));
        assertThat(NlpPipelines.personNames()).isSameAs(NlpPipelines.personNames());
    }

    @Test
    void sentimentFromManyThreadsEqualsSentimentFromOne() throws Exception {
        SentimentAnalyzer analyzer = new SentimentAnalyzer();
        assertSameConcurrently(analyzer::analyze);
    }

    @Test
    void redactionFromManyThreadsEqualsRedactionFromOne() throws Exception {
        PiiRedactor redactor = new PiiRedactor(2010);
        assertSameConcurrently(text -> redactor.redact("my name is maria gonzalez and " + text));
    }

    private static <T> void assertSameConcurrently(Function<String, T> analysis) throws Exception {
        List<String> texts = CallCenterUtterances.all().stream().map(LabeledUtterance::text).toList();
        List<T> sequential = texts.stream().map(analysis).toList();

        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                // Each thread starts at a different place, so that different sentences are in flight together.
                int offset = thread * texts.size() / THREADS;
                futures.add(executor.submit(() -> {
                    List<T> results = new ArrayList<>(texts.size());
                    for (int index = 0; index < texts.size(); index++) {
                        results.add(null);
                    }
                    for (int step = 0; step < texts.size(); step++) {
                        int index = (offset + step) % texts.size();
                        results.set(index, analysis.apply(texts.get(index)));
                    }
                    return results;
                }));
            }
            for (Future<List<T>> future : futures) {
                assertThat(future.get()).isEqualTo(sequential);
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
