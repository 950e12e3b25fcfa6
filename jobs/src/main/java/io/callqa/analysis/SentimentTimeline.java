package io.callqa.analysis;

import io.callqa.rules.Speaker;
import java.util.ArrayList;
import java.util.List;

/**
 * Summarizes utterance sentiment per party and call quarter. Utterances weigh by their words, so that a long
 * complaint counts more than an "okay"; an utterance belongs to the quarter its midpoint falls in.
 */
public final class SentimentTimeline {
    private static final int QUARTERS = 4;

    private SentimentTimeline() {}

    /** One summary per party that spoke, in the order agent, customer, unknown. */
    public static List<RoleSentiment> summarize(List<ScoredUtterance> utterances, long durationMillis) {
        List<RoleSentiment> summaries = new ArrayList<>();
        for (Speaker speaker : Speaker.values()) {
            List<ScoredUtterance> own = utterances.stream().filter(utterance -> utterance.speaker() == speaker).toList();
            if (!own.isEmpty()) {
                summaries.add(summarize(speaker, own, durationMillis));
            }
        }
        return summaries;
    }

    private static RoleSentiment summarize(Speaker speaker, List<ScoredUtterance> utterances, long durationMillis) {
        WeightedMean overall = new WeightedMean();
        WeightedMean[] quarters = new WeightedMean[QUARTERS];
        for (int quarter = 0; quarter < QUARTERS; quarter++) {
            quarters[quarter] = new WeightedMean();
        }
        int negative = 0;
        for (ScoredUtterance utterance : utterances) {
            double score = utterance.sentiment().score();
            int weight = Math.max(1, utterance.words());
            overall.add(score, weight);
            quarters[quarterOf(utterance, durationMillis)].add(score, weight);
            if (utterance.sentiment().classIndex() < 2) {
                negative++;
            }
        }
        Double first = null;
        Double last = null;
        int spokenQuarters = 0;
        for (WeightedMean quarter : quarters) {
            if (quarter.value() != null) {
                first = first == null ? quarter.value() : first;
                last = quarter.value();
                spokenQuarters++;
            }
        }
        return new RoleSentiment(speaker, utterances.size(), overall.value(), (double) negative / utterances.size(),
                quarters[0].value(), quarters[1].value(), quarters[2].value(), quarters[3].value(),
                spokenQuarters > 1 ? last - first : null);
    }

    private static int quarterOf(ScoredUtterance utterance, long durationMillis) {
        if (durationMillis <= 0) {
            return 0;
        }
        long middle = (utterance.startMillis() + utterance.endMillis()) / 2;
        return (int) Math.min(QUARTERS - 1, Math.max(0, middle * QUARTERS / durationMillis));
    }

    private static final class WeightedMean {
        private double sum;
        private long weight;

        void add(double value, int valueWeight) {
            sum += value * valueWeight;
            weight += valueWeight;
        }

        Double value() {
            return weight == 0 ? null : sum / weight;
        }
    }
}
