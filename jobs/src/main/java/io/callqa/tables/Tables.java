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
 * Every table callqa writes. Each one's contract is also a file, {@code schemas/<name>.json}, generated from these
 * definitions; a test holds the definitions and the written Parquet to those files.
 */
public final class Tables {
    private static final StructType WORD = new StructType()
            .add("word", StringType, false, "The recognized word, lower case")
            .add("start_ms", LongType, false, "Start, milliseconds from the start of the recording")
            .add("end_ms", LongType, false, "End, milliseconds from the start of the recording")
            .add("confidence", DoubleType, false, "Recognizer confidence, 0 to 1");

    public static final TableDefinition TRANSCRIPTS = new TableDefinition("transcripts",
            "One row per utterance (what one party said between two end points). UNREDACTED customer speech: "
                    + "restrict access; analysts read redacted tables.",
            new StructType()
                    .add("call_id", StringType, false, "The call, as in the manifest")
                    .add("utterance_index", IntegerType, false, "Position in the call, ordered by start time, from 0")
                    .add("role", StringType, false, "agent, customer, or unknown for mono recordings")
                    .add("channel", IntegerType, false, "Audio channel: 0 = left (or mono), 1 = right")
                    .add("start_ms", LongType, false, "Start of the first word, ms from the start of the recording")
                    .add("end_ms", LongType, false, "End of the last word, ms from the start of the recording")
                    .add("text", StringType, false, "The words, lower case, unpunctuated")
                    .add("confidence", DoubleType, false, "Mean word confidence, 0 to 1")
                    .add("words", DataTypes.createArrayType(WORD, false), false, "Every word with its timing")
                    .add("model", StringType, false, "Speech model that produced the text")
                    .add("call_date", DateType, false, "UTC date the call started (partition)"),
            List.of("call_date"));

    public static final TableDefinition CALL_METRICS = new TableDefinition("call_metrics",
            "One row per transcribed call: how the call sounded (talk, silence, overtalk, speed). Per-role "
                    + "columns are empty for mono recordings.",
            new StructType()
                    .add("call_id", StringType, false, "The call, as in the manifest")
                    .add("agent_id", StringType, false, "Agent, as in the manifest")
                    .add("started_at", TimestampType, false, "When the call started (UTC)")
                    .add("direction", StringType, true, "inbound or outbound, from the manifest")
                    .add("queue", StringType, true, "Queue or skill, from the manifest")
                    .add("customer_id", StringType, true, "Customer, from the manifest")
                    .add("audio_uri", StringType, false, "Where the recording was read from")
                    .add("audio_sha256", StringType, false, "SHA-256 of the recording's bytes")
                    .add("audio_encoding", StringType, false, "pcm_s16le, mulaw, alaw, ...")
                    .add("sample_rate", IntegerType, false, "Sample rate of the recording, Hz")
                    .add("channels", IntegerType, false, "1 (mono) or 2 (agent and customer)")
                    .add("agent_channel", IntegerType, true, "Channel of the agent in stereo recordings")
                    .add("duration_ms", LongType, false, "Length of the recording")
                    .add("talk_ms", LongType, false, "Time in which anyone talks")
                    .add("agent_talk_ms", LongType, true, "Time in which the agent talks")
                    .add("customer_talk_ms", LongType, true, "Time in which the customer talks")
                    .add("non_talk_ms", LongType, false, "Time in which nobody talks (duration - talk)")
                    .add("longest_silence_ms", LongType, false,
                            "Longest time nobody talks, between the first and the last word")
                    .add("longest_silence_start_ms", LongType, false, "Where that silence starts")
                    .add("overtalk_ms", LongType, false, "Time in which both parties talk at once")
                    .add("overtalk_count", IntegerType, false,
                            "Stretches of overtalk lasting at least metrics.min_overlap_ms")
                    .add("agent_interruptions", IntegerType, true,
                            "Overtalk the agent started while the customer was talking")
                    .add("customer_interruptions", IntegerType, true,
                            "Overtalk the customer started while the agent was talking")
                    .add("words", IntegerType, false, "Words recognized in the call")
                    .add("agent_words", IntegerType, true, "Words the agent said")
                    .add("customer_words", IntegerType, true, "Words the customer said")
                    .add("agent_words_per_minute", DoubleType, true, "Agent words per minute of agent talk")
                    .add("customer_words_per_minute", DoubleType, true,
                            "Customer words per minute of customer talk")
                    .add("utterances", IntegerType, false, "Utterances in the call")
                    .add("model", StringType, false, "Speech model that produced the transcript")
                    .add("transcribed_at", TimestampType, false, "When callqa transcribed the call (UTC)")
                    .add("call_date", DateType, false, "UTC date the call started (partition)"),
            List.of("call_date"));

    public static final TableDefinition REJECTS = new TableDefinition("rejects",
            "Every input a stage could not process, once, with a reason code. A call is either in a stage's "
                    + "output or here.",
            new StructType()
                    .add("call_id", StringType, true, "The call, empty when the manifest row had none")
                    .add("source", StringType, false, "Manifest file and line, e.g. calls.csv:7")
                    .add("reason", StringType, false, "Reason code, e.g. TRUNCATED_AUDIO (see RejectReason)")
                    .add("message", StringType, false, "What went wrong, for a person")
                    .add("input_reference", StringType, true, "The audio URI or other input concerned")
                    .add("warning", BooleanType, false, "True when the call was still processed (e.g. unknown agent)")
                    .add("rejected_at", TimestampType, false, "When (UTC)")
                    .add("stage", StringType, false, "manifest, transcribe, ... (partition)"),
            List.of("stage"));

    public static final TableDefinition UTTERANCES = new TableDefinition("utterances",
            "One row per utterance for analysts: personal data redacted, with sentiment.",
            new StructType()
                    .add("call_id", StringType, false, "The call")
                    .add("utterance_index", IntegerType, false, "Position in the call, as in transcripts")
                    .add("role", StringType, false, "agent, customer or unknown")
                    .add("start_ms", LongType, false, "Start, ms from the start of the recording")
                    .add("end_ms", LongType, false, "End, ms from the start of the recording")
                    .add("text", StringType, false, "The words with personal data replaced by [CARD], [SSN], [PHONE], "
                            + "[EMAIL], [DOB] or [NAME]")
                    .add("redacted", DataTypes.createArrayType(StringType, false), false,
                            "Kinds of personal data replaced in this utterance")
                    .add("sentiment", StringType, false,
                            "very_negative, negative, neutral, positive or very_positive (CoreNLP)")
                    .add("sentiment_score", DoubleType, false, "Sentiment from -1 (very negative) to +1 (very positive)")
                    .add("agent_id", StringType, false, "Agent of the call")
                    .add("nlp_version", StringType, false, "Version of the sentiment and redaction models")
                    .add("analyzed_at", TimestampType, false, "When callqa analyzed the call (UTC)")
                    .add("call_date", DateType, false, "UTC date the call started (partition)"),
            List.of("call_date"));

    public static final TableDefinition CALL_SENTIMENT = new TableDefinition("call_sentiment",
            "One row per call and role: how the party's sentiment went over the call.",
            new StructType()
                    .add("call_id", StringType, false, "The call")
                    .add("role", StringType, false, "agent, customer or unknown")
                    .add("agent_id", StringType, false, "Agent of the call")
                    .add("utterances", IntegerType, false, "Utterances of this role")
                    .add("sentiment_score", DoubleType, true,
                            "Mean sentiment, -1 to +1, weighted by words; empty when the role said nothing")
                    .add("negative_share", DoubleType, true, "Share of the role's utterances that are negative")
                    .add("q1_score", DoubleType, true, "Mean sentiment in the first quarter of the call")
                    .add("q2_score", DoubleType, true, "... second quarter")
                    .add("q3_score", DoubleType, true, "... third quarter")
                    .add("q4_score", DoubleType, true, "... last quarter")
                    .add("sentiment_shift", DoubleType, true, "Last quarter with speech minus first quarter with "
                            + "speech; negative when the party ends worse than they began")
                    .add("nlp_version", StringType, false, "Version of the sentiment model")
                    .add("call_date", DateType, false, "UTC date the call started (partition)"),
            List.of("call_date"));

    public static final TableDefinition RULE_RESULTS = new TableDefinition("rule_results",
            "One row per call and rule of the rule pack: compliance outcome or category hit, with evidence.",
            new StructType()
                    .add("call_id", StringType, false, "The call")
                    .add("agent_id", StringType, false, "Agent of the call")
                    .add("rule_id", StringType, false, "Rule, as in the rule pack")
                    .add("rule_version", StringType, false, "Version of the rule")
                    .add("kind", StringType, false, "required, prohibited or category")
                    .add("severity", StringType, true, "auto_fail, major or minor")
                    .add("outcome", StringType, false, "PASS, FAIL or NOT_APPLICABLE; HIT or MISS for categories")
                    .add("evidence_utterance_index", IntegerType, true, "Utterance that matched")
                    .add("evidence_start_ms", LongType, true, "Where the evidence starts, ms from the start")
                    .add("evidence_end_ms", LongType, true, "Where the evidence ends")
                    .add("evidence_text", StringType, true, "The matched words, personal data redacted")
                    .add("similarity", DoubleType, true, "How close the words were to the rule's phrase, 0 to 1")
                    .add("rule_pack_id", StringType, false, "Rule pack")
                    .add("rule_pack_version", StringType, false, "Version of the rule pack")
                    .add("rule_pack_hash", StringType, false, "SHA-256 of the rule pack file, for audits")
                    .add("evaluated_at", TimestampType, false, "When the rules were evaluated (UTC)")
                    .add("call_date", DateType, false, "UTC date the call started (partition)"),
            List.of("call_date"));

    public static final List<TableDefinition> ALL =
            List.of(TRANSCRIPTS, CALL_METRICS, REJECTS, UTTERANCES, CALL_SENTIMENT, RULE_RESULTS);

    private Tables() {}
}
