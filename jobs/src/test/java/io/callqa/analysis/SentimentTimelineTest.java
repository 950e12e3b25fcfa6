package io.callqa.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callqa.nlp.Sentiment;
import io.callqa.rules.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentTimelineTest {
    private static final Sentiment NEGATIVE = new Sentiment("negative", 1, -0.5);
    private static final Sentiment NEUTRAL = new Sentiment("neutral", 2, 0.0);
    private static final Sentiment POSITIVE = new Sentiment("positive", 3, 0.5);

    @Test
    void weighsUtterancesByWordsAndPlacesThemInQuartersByTheirMiddle() {
        // A 40 s call: the customer starts angry (first quarter) and ends happy (last quarter).
        List<ScoredUtterance> utterances = List.of(
                new ScoredUtterance(Speaker.CUSTOMER, 1_000, 5_000, 12, NEGATIVE),
                new ScoredUtterance(Speaker.AGENT, 6_000, 9_000, 8, NEUTRAL),
                new ScoredUtterance(Speaker.CUSTOMER, 9_000, 12_000, 4, NEUTRAL),
                new ScoredUtterance(Speaker.CUSTOMER, 32_000, 36_000, 6, POSITIVE));

        List<RoleSentiment> summaries = SentimentTimeline.summarize(utterances, 40_000);

        assertThat(summaries).extracting(RoleSentiment::speaker).containsExactly(Speaker.AGENT, Speaker.CUSTOMER);
        RoleSentiment customer = summaries.get(1);
        assertThat(customer.utterances()).isEqualTo(3);
        assertThat(customer.score()).isCloseTo((12 * -0.5 + 4 * 0.0 + 6 * 0.5) / 22, within(1e-9));
        assertThat(customer.negativeShare()).isCloseTo(1 / 3.0, within(1e-9));
        // 9–12 s has its middle at 10.5 s: the second quarter (10–20 s).
        assertThat(customer.firstQuarter()).isEqualTo(-0.5);
        assertThat(customer.secondQuarter()).isEqualTo(0.0);
        assertThat(customer.thirdQuarter()).isNull();
        assertThat(customer.fourthQuarter()).isEqualTo(0.5);
        assertThat(customer.shift()).isEqualTo(1.0);
    }

    @Test
    void hasNoShiftWhenThePartySpokeInOneQuarterOnly() {
        List<RoleSentiment> summaries = SentimentTimeline.summarize(
                List.of(new ScoredUtterance(Speaker.AGENT, 0, 2_000, 5, POSITIVE)), 60_000);

        assertThat(summaries).singleElement().satisfies(agent -> {
            assertThat(agent.shift()).isNull();
            assertThat(agent.negativeShare()).isZero();
        });
    }
}
