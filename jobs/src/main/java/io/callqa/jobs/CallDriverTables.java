package io.callqa.jobs;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import io.callqa.config.CallqaConfig;
import io.callqa.tables.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Why customers call, from what they say (redacted): topics found by LDA over each call's customer speech, counted per
 * week and team, and the words whose share of calls rose most since the week before (emerging call drivers).
 */
final class CallDriverTables {
    /** Words that carry no topic in call-centre speech, beyond the usual English stop words. */
    private static final List<String> CALL_FILLERS = List.of("yeah", "yes", "okay", "ok", "um", "uh", "hmm", "oh",
            "like", "just", "know", "well", "right", "please", "thank", "thanks", "hello", "hi", "bye", "sure",
            "really", "got", "get", "want", "would", "could", "can", "need", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "zero", "ten", "see", "say", "said", "going", "think", "much", "also");

    record Result(Dataset<Row> callDrivers, Dataset<Row> emergingTerms) {}

    private CallDriverTables() {}

    static Result build(SparkSession spark, Dataset<Row> utterances, Dataset<Row> scorecards,
            CallqaConfig.Scoring settings) {
        Dataset<Row> documents = terms(utterances, scorecards).cache();
        try {
            return new Result(topics(spark, documents, settings), emergingTerms(documents, settings));
        } finally {
            documents.unpersist();
        }
    }

    /** One row per call with customer speech: its week, team and the words the customer said that carry meaning. */
    private static Dataset<Row> terms(Dataset<Row> utterances, Dataset<Row> scorecards) {
        Dataset<Row> text = utterances.where(col("role").equalTo("customer"))
                .groupBy(col("call_id").as("u_call_id"))
                // Redaction markers such as [CARD] say what was removed, not what the call was about.
                .agg(concat_ws(" ", collect_list(regexp_replace(col("text"), "\\[[A-Z]+\\]", " "))).as("text"));
        Dataset<Row> calls = scorecards.select(col("call_id"), col("team"), Weeks.start(col("call_date")).as("week_start"))
                .join(text, col("call_id").equalTo(col("u_call_id")))
                .withColumn("text", lower(col("text")));
        Dataset<Row> tokens = new RegexTokenizer().setInputCol("text").setOutputCol("tokens")
                .setPattern("[^a-z']+").setMinTokenLength(3).transform(calls);
        List<String> stopWords = new ArrayList<>(Arrays.asList(StopWordsRemover.loadDefaultStopWords("english")));
        stopWords.addAll(CALL_FILLERS);
        return new StopWordsRemover().setInputCol("tokens").setOutputCol("terms")
                .setStopWords(stopWords.toArray(String[]::new)).transform(tokens)
                .select("call_id", "team", "week_start", "terms");
    }

    private static Dataset<Row> topics(SparkSession spark, Dataset<Row> documents, CallqaConfig.Scoring settings) {
        long documentCount = documents.count();
        if (documentCount < 2) {
            return spark.createDataFrame(List.of(), Tables.CALL_DRIVERS.schema());
        }
        CountVectorizerModel vocabulary = new CountVectorizer().setInputCol("terms").setOutputCol("features")
                .setVocabSize(5_000).fit(documents);
        String[] words = vocabulary.vocabulary();
        int topicCount = (int) Math.min(settings.topics(), documentCount);
        if (words.length < 2 || topicCount < 2) {
            return spark.createDataFrame(List.of(), Tables.CALL_DRIVERS.schema());
        }
        Dataset<Row> vectors = vocabulary.transform(documents);
        LDAModel model = new LDA().setK(topicCount).setMaxIter(30).setSeed(settings.topicSeed())
                .setFeaturesCol("features").fit(vectors);
        String description = "lda k=" + topicCount + " seed=" + settings.topicSeed() + " vocabulary=" + words.length
                + " documents=" + documentCount;

        List<Row> topicTerms = new ArrayList<>();
        for (Row topic : model.describeTopics(settings.termsPerTopic()).collectAsList()) {
            List<Integer> indices = topic.getList(topic.fieldIndex("termIndices"));
            topicTerms.add(RowFactory.create(topic.<Integer>getAs("topic"),
                    Rows.seq(indices.stream().map(index -> words[index]).toList())));
        }
        StructType topicSchema = new StructType().add("t_topic_id", DataTypes.IntegerType)
                .add("top_terms", DataTypes.createArrayType(DataTypes.StringType, false));

        Dataset<Row> mainTopics = model.transform(vectors)
                .withColumn("weights", functions.vector_to_array(col("topicDistribution"), "float64"))
                .withColumn("topic_id", array_position(col("weights"), array_max(col("weights"))).minus(1).cast("int"));
        return mainTopics.groupBy("week_start", "team", "topic_id").agg(count(lit(1)).as("calls"))
                .withColumn("call_share", col("calls").divide(sum("calls").over(Window.partitionBy("week_start", "team"))))
                .join(spark.createDataFrame(topicTerms, topicSchema), col("topic_id").equalTo(col("t_topic_id")))
                .withColumn("model", lit(description))
                .select(Tables.CALL_DRIVERS.columns());
    }

    /**
     * Per week, the words said in a larger share of calls than the week before. Only weeks whose previous week had
     * calls are ranked: after a gap every word would look new.
     */
    private static Dataset<Row> emergingTerms(Dataset<Row> documents, CallqaConfig.Scoring settings) {
        Dataset<Row> weekCalls = documents.groupBy("week_start").agg(countDistinct("call_id").as("week_calls"));
        Dataset<Row> termShares = documents.select(col("week_start"), col("call_id"),
                        explode(array_distinct(col("terms"))).as("term"))
                .groupBy("week_start", "term").agg(count(lit(1)).as("calls"))
                .join(weekCalls, "week_start")
                .withColumn("share", col("calls").divide(col("week_calls")));
        Dataset<Row> previous = termShares.select(date_add(col("week_start"), 7).as("p_week_start"),
                col("term").as("p_term"), col("share").as("p_share"));
        Dataset<Row> rankedWeeks = weekCalls.select(date_add(col("week_start"), 7).as("r_week_start"));
        return termShares.join(rankedWeeks, col("week_start").equalTo(col("r_week_start")))
                .join(previous, col("week_start").equalTo(col("p_week_start")).and(col("term").equalTo(col("p_term"))),
                        "left")
                .withColumn("previous_share", coalesce(col("p_share"), lit(0.0)))
                .withColumn("rise", col("share").minus(col("previous_share")))
                .where(col("calls").geq(settings.emergingTermMinimumCalls()).and(col("rise").gt(0)))
                .withColumn("rank", row_number().over(Window.partitionBy("week_start")
                        .orderBy(col("rise").desc(), col("term"))))
                .where(col("rank").leq(settings.emergingTerms()))
                .select(Tables.EMERGING_TERMS.columns());
    }
}
