package io.callqa.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Every table callqa writes. Each one's contract is also a file, {@code schemas/<name>.json}, and a test holds the
 * written Parquet to both.
 */
public final class Tables {
    private static final StructType WORD = new StructType()
            .add("word", StringType, false)
            .add("start_ms", LongType, false)
            .add("end_ms", LongType, false)
            .add("confidence", DoubleType, false);

    /** One row per utterance; unredacted text, customer data: see the README on access. */
    public static final TableDefinition TRANSCRIPTS = new TableDefinition("transcripts", new StructType()
            .add("call_id", StringType, false)
            .add("utterance_index", IntegerType, false)
            .add("role", StringType, false)
            .add("channel", IntegerType, false)
            .add("start_ms", LongType, false)
            .add("end_ms", LongType, false)
            .add("text", StringType, false)
            .add("confidence", DoubleType, false)
            .add("words", DataTypes.createArrayType(WORD, false), false)
            .add("model", StringType, false)
            .add("call_date", DateType, false),
            List.of("call_date"));

    /** One row per transcribed call. */
    public static final TableDefinition CALL_METRICS = new TableDefinition("call_metrics", new StructType()
            .add("call_id", StringType, false)
            .add("agent_id", StringType, false)
            .add("started_at", TimestampType, false)
            .add("direction", StringType, true)
            .add("queue", StringType, true)
            .add("customer_id", StringType, true)
            .add("audio_uri", StringType, false)
            .add("audio_sha256", StringType, false)
            .add("audio_encoding", StringType, false)
            .add("sample_rate", IntegerType, false)
            .add("channels", IntegerType, false)
            .add("agent_channel", IntegerType, true)
            .add("duration_ms", LongType, false)
            .add("talk_ms", LongType, false)
            .add("agent_talk_ms", LongType, true)
            .add("customer_talk_ms", LongType, true)
            .add("non_talk_ms", LongType, false)
            .add("longest_silence_ms", LongType, false)
            .add("longest_silence_start_ms", LongType, false)
            .add("overtalk_ms", LongType, false)
            .add("overtalk_count", IntegerType, false)
            .add("agent_interruptions", IntegerType, true)
            .add("customer_interruptions", IntegerType, true)
            .add("words", IntegerType, false)
            .add("agent_words", IntegerType, true)
            .add("customer_words", IntegerType, true)
            .add("agent_words_per_minute", DoubleType, true)
            .add("customer_words_per_minute", DoubleType, true)
            .add("utterances", IntegerType, false)
            .add("model", StringType, false)
            .add("transcribed_at", TimestampType, false)
            .add("call_date", DateType, false),
            List.of("call_date"));

    /** Inputs a stage could not process, one row each, with a reason code. */
    public static final TableDefinition REJECTS = new TableDefinition("rejects", new StructType()
            .add("call_id", StringType, true)
            .add("source", StringType, false)
            .add("reason", StringType, false)
            .add("message", StringType, false)
            .add("input_reference", StringType, true)
            .add("warning", BooleanType, false)
            .add("rejected_at", TimestampType, false)
            .add("stage", StringType, false),
            List.of("stage"));

    public static final List<TableDefinition> ALL = List.of(TRANSCRIPTS, CALL_METRICS, REJECTS);

    private Tables() {}
}
