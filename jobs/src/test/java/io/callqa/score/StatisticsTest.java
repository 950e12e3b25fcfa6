package io.callqa.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The statistics behind coaching targets and the calibration sample, against values worked out by hand. */
class StatisticsTest {
    @Test
    void fisherLowerTailSumsTheHypergeometricProbabilities() {
        // 0 of 6 against 8 of 8: only one table is as extreme, 1 of C(14, 6) = 3003.
        assertThat(FisherExactTest.lowerTail(0, 6, 8, 8)).isCloseTo(1.0 / 3003, within(1e-15));
        // 1 of 4 against 3 of 4: (C(4,0) C(4,4) + C(4,1) C(4,3)) / C(8,4) = (1 + 16) / 70.
        assertThat(FisherExactTest.lowerTail(1, 4, 3, 4)).isCloseTo(17.0 / 70, within(1e-12));
        // No gap at all: the lower tail holds at least half of the probability.
        assertThat(FisherExactTest.lowerTail(5, 10, 5, 10)).isGreaterThan(0.5);
        assertThat(FisherExactTest.lowerTail(10, 10, 0, 10)).isEqualTo(1.0);
    }

    @Test
    void wilsonIntervalStaysInsideZeroToOne() {
        WilsonInterval none = WilsonInterval.of(0, 6);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.3903, within(1e-4));
        WilsonInterval half = WilsonInterval.of(5, 10);
        assertThat(half.low()).isCloseTo(0.2366, within(1e-4));
        assertThat(half.high()).isCloseTo(0.7634, within(1e-4));
        assertThat(WilsonInterval.of(0, 0)).isEqualTo(new WilsonInterval(0, 1));
    }

    @Test
    void calibrationSampleDrawsItsShareRepeatably() {
        CalibrationSample sample = new CalibrationSample(0.1, 42);
        long drawn = IntStream.range(0, 20_000).filter(index -> sample.includes("call-" + index)).count();

        assertThat(drawn / 20_000.0).isCloseTo(0.1, within(0.01));
        assertThat(IntStream.range(0, 100).allMatch(index ->
                sample.includes("call-" + index) == new CalibrationSample(0.1, 42).includes("call-" + index))).isTrue();
        assertThat(IntStream.range(0, 1_000).noneMatch(index -> new CalibrationSample(0, 42).includes("c" + index)))
                .isTrue();
    }
}
