package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.rules.RulePack;
import io.callqa.score.Scorecard;
import io.callqa.testing.CallqaTestHome;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The score stage's executor function, without Spark. */
class ScoreCallsTest {
    private static final StructType NOT_ANALYZED = new StructType()
            .add("call_id", DataTypes.StringType)
            .add("rules", DataTypes.createArrayType(DataTypes.StringType));

    @Test
    void scoresACallOnlyWhenItsOutcomeIsAskedFor() throws Exception {
        RulePack rules = RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml"));
        Scorecard scorecard = Scorecard.load(
                CallqaTestHome.home().resolve("jobs/src/test/resources/scorecards/labeled-weeks.yaml"), rules);
        CountingIterator calls = new CountingIterator(IntStream.range(0, 3)
                .mapToObj(index -> (Row) new GenericRowWithSchema(new Object[] {"c" + index, null}, NOT_ANALYZED))
                .toList());

        Iterator<Row> outcomes = new ScoreCalls(scorecard, Map.of(), Timestamp.valueOf("2026-11-20 10:00:00"))
                .call(calls);

        assertThat(calls.taken).as("calls read before any outcome is asked for").isZero();
        Row first = outcomes.next();
        assertThat(calls.taken).as("calls read for the first outcome").isEqualTo(1);
        assertThat(first.<String>getAs("status")).isEqualTo(ScoreOutcome.REJECTED);
        assertThat(first.getList(first.fieldIndex("rejects"))).singleElement()
                .satisfies(reject -> assertThat(((Row) reject).<String>getAs("reason")).isEqualTo("NOT_ANALYZED"));
        outcomes.forEachRemaining(outcome -> {});
        assertThat(calls.taken).isEqualTo(3);
    }

    /** A partition's rows that counts how many were taken. */
    private static final class CountingIterator implements Iterator<Row> {
        private final Iterator<Row> rows;
        private int taken;

        CountingIterator(List<Row> rows) {
            this.rows = rows.iterator();
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Row next() {
            taken++;
            return rows.next();
        }
    }
}
