package io.callqa.jobs;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/** What the analyze stage's executors spent their CPU time on, added up on the driver. */
record TextAnalysisCounters(LongAccumulator utterances, LongAccumulator loadingMillis, LongAccumulator analysisMillis)
        implements Serializable {
    static TextAnalysisCounters register(SparkContext context) {
        return new TextAnalysisCounters(context.longAccumulator("utterances analyzed"),
                context.longAccumulator("CoreNLP loading CPU ms"), context.longAccumulator("sentiment and redaction CPU ms"));
    }
}
