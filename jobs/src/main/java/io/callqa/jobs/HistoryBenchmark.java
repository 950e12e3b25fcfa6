package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import io.callqa.config.CallqaConfig;
import io.callqa.manifest.Agent;
import io.callqa.rules.RulePack;
import io.callqa.score.Scorecard;
import io.callqa.tables.RowBuilder;
import io.callqa.tables.TableDefinition;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * How the cost of a daily batch grows with the history in the tables. For each size, an output root is filled with
 * that many calls of history: a seed of 100 synthetic calls (table rows, no audio) is analyzed and scored for real,
 * then its per-call rows are copied under new call ids, customers and earlier dates (7,000 calls a day, a 100-seat
 * centre). Then 100 new calls are added as transcribe would add them, and analyze + score are timed on them.
 */
public final class HistoryBenchmark {
    public static final int BATCH = 100;
    private static final int CALLS_PER_DAY = 7_000;
    private static final LocalDate LATEST_HISTORY_DAY = LocalDate.of(2026, 11, 30);
    private static final List<TableDefinition> PER_CALL = List.of(Tables.TRANSCRIPTS, Tables.CALL_METRICS,
            Tables.UTTERANCES, Tables.CALL_SENTIMENT, Tables.RULE_RESULTS, Tables.CALL_SCORECARDS, Tables.FLAGGED_CALLS);
    private static final String[][] SCRIPT = {
        {"agent", "thank you for calling north wind bank my name is sarah how can i help you"},
        {"customer", "hi i have a question about a charge on my card from last week"},
        {"agent", "this call may be recorded for quality and training purposes can you confirm your date of birth"},
        {"customer", "sure thanks that was quick i am happy with that"},
        {"agent", "is there anything else i can help you with today thank you for calling goodbye"},
    };

    private final SparkSession spark;
    private final RulePack rules;
    private final Scorecard scorecard;
    private final CallqaConfig.Scoring scoring;
    private final Map<String, Agent> roster = new LinkedHashMap<>();

    public HistoryBenchmark(SparkSession spark, RulePack rules, Scorecard scorecard, CallqaConfig.Scoring scoring) {
        this.spark = spark;
        this.rules = rules;
        this.scorecard = scorecard;
        this.scoring = scoring;
        for (int agent = 0; agent < 20; agent++) {
            roster.put("A" + agent, new Agent("A" + agent, "Agent " + agent, agent % 2 == 0 ? "Blue" : "Red", "S1",
                    LocalDate.of(2024, 1, 1)));
        }
    }

    /** One size: builds the history under {@code root} (empty or missing), then times one batch. */
    public Measurement measure(String root, int historyCalls) {
        long buildStart = System.nanoTime();
        TableStore store = new TableStore(spark, root);
        addCalls(store, "seed", LATEST_HISTORY_DAY);
        new AnalyzeJob(spark, rules, quiet()).run(root);
        new ScoreJob(spark, scorecard, roster, scoring, quiet()).run(root);
        int copies = historyCalls / BATCH - 1;
        if (copies > 0) {
            for (TableDefinition table : PER_CALL) {
                store.write(table, withCopies(store.read(table.name(), table.schema()), copies));
            }
        }
        long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;

        addCalls(store, "batch", LATEST_HISTORY_DAY.plusDays(1));
        long analyzeStart = System.nanoTime();
        AnalyzeJob.AnalyzeResult analyzed = new AnalyzeJob(spark, rules, quiet()).run(root);
        long scoreStart = System.nanoTime();
        ScoreJob.ScoreResult scored = new ScoreJob(spark, scorecard, roster, scoring, quiet()).run(root);
        long end = System.nanoTime();
        long total = store.read(Tables.CALL_SCORECARDS.name(), Tables.CALL_SCORECARDS.schema()).count();
        return new Measurement(total - BATCH, buildMillis, analyzed.analyzed() + analyzed.rescored(), scored.scored(),
                (scoreStart - analyzeStart) / 1_000_000, (end - scoreStart) / 1_000_000);
    }

    /** The seed's rows and {@code copies} copies, each under new ids and shifted back by whole days. */
    private static Dataset<Row> withCopies(Dataset<Row> seed, int copies) {
        Dataset<Row> copy = seed.crossJoin(seed.sparkSession().range(1, copies + 1).withColumnRenamed("id", "copy"));
        String daysBack = "CAST(floor(copy * " + BATCH + " / " + CALLS_PER_DAY + ") AS INT)";
        List<String> columns = Arrays.asList(seed.columns());
        List<Column> shifted = new ArrayList<>();
        for (String name : columns) {
            Column value = switch (name) {
                case "call_id", "customer_id" -> concat(col(name), lit("-h"), col("copy"));
                case "call_date" -> expr("date_sub(call_date, " + daysBack + ")");
                case "started_at" -> expr("started_at - make_interval(0, 0, 0, " + daysBack + ")");
                // Each copy's customer calls once: resolved once seven days have passed, as scoring would have found.
                case "first_contact_resolved" -> expr("CASE WHEN " + daysBack + " >= 7 THEN true ELSE "
                        + "first_contact_resolved END");
                default -> col(name);
            };
            shifted.add(value.as(name));
        }
        return seed.unionByName(copy.select(shifted.toArray(Column[]::new)));
    }

    /** 100 transcribed calls on {@code day}, as the transcribe stage writes them. */
    private void addCalls(TableStore store, String prefix, LocalDate day) {
        List<Row> metrics = new ArrayList<>();
        List<Row> transcripts = new ArrayList<>();
        List<Row> keys = new ArrayList<>();
        Timestamp transcribedAt = Timestamp.from(Instant.now());
        Date callDate = Date.valueOf(day);
        for (int index = 0; index < BATCH; index++) {
            String callId = prefix + "-" + index;
            keys.add(RowFactory.create(callId));
            Timestamp startedAt = Timestamp.from(day.atTime(8, 0).toInstant(ZoneOffset.UTC).plusSeconds(300L * index));
            long offset = 0;
            for (int turn = 0; turn < SCRIPT.length; turn++) {
                String[] words = SCRIPT[turn][1].split(" ");
                List<Row> timed = new ArrayList<>();
                for (String word : words) {
                    timed.add(Tables.TRANSCRIPTS.elementRow("words").set("word", word).set("start_ms", offset)
                            .set("end_ms", offset + 300).set("confidence", 0.9).build());
                    offset += 350;
                }
                transcripts.add(row(Tables.TRANSCRIPTS, Map.ofEntries(Map.entry("call_id", callId),
                        Map.entry("utterance_index", turn), Map.entry("role", SCRIPT[turn][0]),
                        Map.entry("role_confidence", 1.0), Map.entry("channel", SCRIPT[turn][0].equals("agent") ? 0 : 1),
                        Map.entry("start_ms", timed.get(0).<Long>getAs("start_ms")), Map.entry("end_ms", offset - 50),
                        Map.entry("text", SCRIPT[turn][1]), Map.entry("confidence", 0.9), Map.entry("words", timed),
                        Map.entry("model", "synthetic")), callDate));
                offset += 700;
            }
            Map<String, Object> values = new HashMap<>(Map.ofEntries(Map.entry("call_id", callId),
                    Map.entry("agent_id", "A" + index % 20), Map.entry("started_at", startedAt),
                    Map.entry("direction", "inbound"), Map.entry("queue", "cards"),
                    Map.entry("customer_id", prefix + "-K" + index), Map.entry("audio_uri", "synthetic:" + callId),
                    Map.entry("audio_sha256", "0".repeat(64)), Map.entry("audio_encoding", "mulaw"),
                    Map.entry("sample_rate", 8000), Map.entry("channels", 2), Map.entry("agent_channel", 0),
                    Map.entry("duration_ms", offset + 1000), Map.entry("talk_ms", offset - 2000),
                    Map.entry("agent_talk_ms", offset / 2), Map.entry("customer_talk_ms", offset / 3),
                    Map.entry("non_talk_ms", 3000L), Map.entry("longest_silence_ms", 700L),
                    Map.entry("longest_silence_start_ms", 5000L), Map.entry("overtalk_ms", 0L)));
            values.putAll(Map.of("overtalk_count", 0, "agent_interruptions", 0, "customer_interruptions", 0,
                    "words", 60, "agent_words", 40, "customer_words", 20, "agent_words_per_minute", 150.0,
                    "customer_words_per_minute", 140.0, "utterances", SCRIPT.length, "model", "synthetic"));
            values.put("transcribed_at", transcribedAt);
            values.put("speaker_separation", "none");
            values.put("hold_ms", 0L);
            metrics.add(row(Tables.CALL_METRICS, values, callDate));
        }
        Dataset<Row> replaced = spark.createDataFrame(keys, new org.apache.spark.sql.types.StructType()
                .add("key", org.apache.spark.sql.types.DataTypes.StringType));
        store.replace(Tables.TRANSCRIPTS, spark.createDataFrame(transcripts, Tables.TRANSCRIPTS.schema()),
                col("call_id"), replaced, lit(true));
        store.replace(Tables.CALL_METRICS, spark.createDataFrame(metrics, Tables.CALL_METRICS.schema()),
                col("call_id"), replaced, lit(true));
    }

    /** A row of {@code table} from named values; optional columns not named (added to the table later) are empty. */
    private static Row row(TableDefinition table, Map<String, Object> values, Date callDate) {
        RowBuilder row = table.row().set("call_date", callDate);
        values.forEach(row::set);
        return row.emptyWhereNotSet().build();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }

    /**
     * @param historyCalls calls in the tables before the batch
     * @param buildMillis time to build that history (not part of the measurement)
     * @param analyzedCalls calls the analyze stage worked on (the batch's)
     * @param scoredCalls calls the score stage scored (the batch's and those whose resolution changed)
     */
    public record Measurement(long historyCalls, long buildMillis, long analyzedCalls, long scoredCalls,
            long analyzeMillis, long scoreMillis) {
        public long batchMillis() {
            return analyzeMillis + scoreMillis;
        }
    }
}
