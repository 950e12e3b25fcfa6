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
                    .add("role", StringType, false,
                            "agent or customer; unknown for a mono recording whose voices were not separated")
                    .add("role_confidence", DoubleType, false, "How likely the role is right, 0.5 (a guess) to 1: 1 "
                            + "from a stereo recording's channel, less from the speaker model in a mono one")
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
                    + "columns are empty for mono recordings whose voices were not separated; overtalk and "
                    + "interruptions for every mono recording.",
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
                    .add("speaker_separation", StringType, false, "How roles were found: none (a stereo recording's "
                            + "channels, or a mono one left unseparated) or model (the speaker model's voiceprints)")
                    .add("voices", IntegerType, true, "Voices the speaker model heard in a mono recording: 1, 2, or 3 "
                            + "for more than two (roles are then less reliable); empty when it did not run")
                    .add("duration_ms", LongType, false, "Length of the recording")
                    .add("talk_ms", LongType, false, "Time in which anyone talks")
                    .add("agent_talk_ms", LongType, true, "Time in which the agent talks")
                    .add("customer_talk_ms", LongType, true, "Time in which the customer talks")
                    .add("non_talk_ms", LongType, false, "Time in which nobody talks (duration - talk - hold)")
                    .add("longest_silence_ms", LongType, false,
                            "Longest time nobody talks, between the first and the last word, outside hold")
                    .add("longest_silence_start_ms", LongType, false, "Where that silence starts")
                    .add("overtalk_ms", LongType, true,
                            "Time in which both parties talk at once; empty for mono recordings (not guessed)")
                    .add("overtalk_count", IntegerType, true,
                            "Stretches of overtalk lasting at least metrics.min_overlap_ms; empty for mono recordings")
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
                    .add("hold_ms", LongType, false,
                            "Time with hold music or another sustained non-speech sound: neither talk nor silence")
                    .add("customer_bleed_into_agent_db", DoubleType, true,
                            "Level of the customer's voice leaking into the agent channel, dB against the customer "
                                    + "channel (removed before recognition); empty when none was found")
                    .add("customer_bleed_into_agent_delay_ms", DoubleType, true, "How late that leak arrives")
                    .add("agent_bleed_into_customer_db", DoubleType, true,
                            "Level of the agent's voice leaking into the customer channel, dB against the agent "
                                    + "channel (removed before recognition); empty when none was found")
                    .add("agent_bleed_into_customer_delay_ms", DoubleType, true, "How late that leak arrives")
                    .add("agent_gain_db", DoubleType, true,
                            "Gain that brought the agent channel to the common speech level before recognition")
                    .add("customer_gain_db", DoubleType, true,
                            "Gain that brought the customer channel to the common speech level (a quiet line)")
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

    private static final StructType EVIDENCE_FIELDS = new StructType()
            .add("evidence_start_ms", LongType, true, "Where to listen, ms from the start of the recording")
            .add("evidence_end_ms", LongType, true, "Where the evidence ends")
            .add("evidence_text", StringType, true, "What was said there, personal data redacted");

    private static final StructType SECTION_SCORE = new StructType()
            .add("section_id", StringType, false, "Section of the scorecard")
            .add("title", StringType, false, "Section title")
            .add("weight", DoubleType, false, "Weight of the section in the total")
            .add("score", DoubleType, true, "0-100; empty when no question of the section applied");

    private static final StructType CRITERION_ANSWER = withEvidence(new StructType()
            .add("section_id", StringType, false, "Section of the scorecard")
            .add("criterion_id", StringType, false, "Question of the scorecard")
            .add("question", StringType, false, "The question as the form asks it")
            .add("answer", StringType, false, "MET, NOT_MET or NOT_APPLICABLE")
            .add("points", DoubleType, false, "Points earned")
            .add("possible_points", DoubleType, false, "Points at stake: the question's points, 0 when not applicable")
            .add("critical", BooleanType, false, "Auto-fail question")
            .add("detail", StringType, false, "What the answer rests on, e.g. 'longest_silence_seconds 42, expected at most 30'"));

    private static final StructType REVIEW_REASON = withEvidence(new StructType()
            .add("reason", StringType, false, "AUTO_FAIL, LOW_SCORE, ESCALATION, CANCELLATION_INTENT, "
                    + "NEGATIVE_SENTIMENT, LONG_SILENCE or CALIBRATION_SAMPLE")
            .add("priority", IntegerType, false, "1 (review first) to 3")
            .add("detail", StringType, false, "Why, for the reviewer"));

    private static final StructType COACHING_EXAMPLE = withEvidence(new StructType()
            .add("call_id", StringType, false, "A call in which the agent did not meet the question")
            .add("call_date", DateType, false, "UTC date of the call")
            .add("detail", StringType, false, "What the answer rested on"));

    public static final TableDefinition CALL_SCORECARDS = new TableDefinition("call_scorecards",
            "One row per scored call: the QA evaluation form filled in automatically, joined with the agent roster.",
            new StructType()
                    .add("call_id", StringType, false, "The call")
                    .add("started_at", TimestampType, false, "When the call started (UTC)")
                    .add("agent_id", StringType, false, "Agent, as in the manifest")
                    .add("agent_name", StringType, true, "From the roster; empty when the agent is not in it")
                    .add("team", StringType, true, "From the roster; empty when the agent is not in it")
                    .add("supervisor_id", StringType, true, "From the roster")
                    .add("tenure_days", IntegerType, true, "Days from the agent's hire date to the call")
                    .add("queue", StringType, true, "Queue, from the manifest")
                    .add("direction", StringType, true, "inbound or outbound, from the manifest")
                    .add("customer_id", StringType, true, "Customer, from the manifest")
                    .add("duration_ms", LongType, false, "Length of the call (handle time)")
                    .add("non_talk_ms", LongType, false, "Time in which nobody talks")
                    .add("total_score", DoubleType, true, "0-100: weighted section scores; 0 on auto-fail; empty when "
                            + "no question applied")
                    .add("score_before_auto_fail", DoubleType, true, "The total without the auto-fail rule")
                    .add("auto_fail", BooleanType, false, "A critical question was not met")
                    .add("auto_fail_criteria", DataTypes.createArrayType(StringType, false), false,
                            "The critical questions not met")
                    .add("sections", DataTypes.createArrayType(SECTION_SCORE, false), false, "Score per section")
                    .add("criteria", DataTypes.createArrayType(CRITERION_ANSWER, false), false,
                            "Every question with its answer, points and evidence")
                    .add("compliance_applicable", IntegerType, false,
                            "Required and prohibited rules that applied to the call")
                    .add("compliance_passed", IntegerType, false, "... of which the call passed")
                    .add("escalation", BooleanType, false, "The escalation category hit")
                    .add("cancellation_intent", BooleanType, false, "The cancellation category hit")
                    .add("customer_sentiment", DoubleType, true, "Customer's mean sentiment, -1 to +1")
                    .add("customer_sentiment_shift", DoubleType, true, "Customer's sentiment, end minus start")
                    .add("first_contact_resolved", BooleanType, true, "False when the same customer called again "
                            + "within 7 days; empty without customer_id or while the 7 days are not over")
                    .add("scorecard_id", StringType, false, "Scorecard")
                    .add("scorecard_version", StringType, false, "Version of the scorecard")
                    .add("scorecard_hash", StringType, false, "SHA-256 of the scorecard file's content")
                    .add("rule_pack_id", StringType, false, "Rule pack the rule answers came from")
                    .add("rule_pack_version", StringType, false, "Version of that rule pack")
                    .add("scored_at", TimestampType, false, "When the call was scored (UTC)")
                    .add("call_date", DateType, false, "UTC date the call started (partition)"),
            List.of("call_date"));

    public static final TableDefinition FLAGGED_CALLS = new TableDefinition("flagged_calls",
            "The QA review queue: one row per flagged call, plus a random calibration sample of unflagged calls.",
            new StructType()
                    .add("call_id", StringType, false, "The call")
                    .add("started_at", TimestampType, false, "When the call started (UTC)")
                    .add("agent_id", StringType, false, "Agent")
                    .add("agent_name", StringType, true, "From the roster")
                    .add("team", StringType, true, "From the roster")
                    .add("queue", StringType, true, "Queue")
                    .add("total_score", DoubleType, true, "Score of the call, 0-100")
                    .add("auto_fail", BooleanType, false, "A critical question was not met")
                    .add("priority", IntegerType, false, "1 (review first) to 3: the most urgent of the reasons")
                    .add("calibration_sample", BooleanType, false,
                            "Not flagged: drawn at random so QA can measure what the flags miss")
                    .add("reason_codes", DataTypes.createArrayType(StringType, false), false, "The reasons' codes")
                    .add("reasons", DataTypes.createArrayType(REVIEW_REASON, false), false,
                            "Every reason with its evidence")
                    .add("scorecard_id", StringType, false, "Scorecard")
                    .add("scorecard_version", StringType, false, "Version of the scorecard")
                    .add("call_date", DateType, false, "UTC date the call started (partition)"),
            List.of("call_date"));

    public static final TableDefinition COMPLIANCE_AUDIT = new TableDefinition("compliance_audit",
            "Script adherence per rule, team, agent and week (Monday), for required and prohibited rules.",
            new StructType()
                    .add("week_start", DateType, false, "Monday of the week (UTC)")
                    .add("team", StringType, true, "From the roster; empty for agents not in it")
                    .add("agent_id", StringType, false, "Agent")
                    .add("agent_name", StringType, true, "From the roster")
                    .add("rule_id", StringType, false, "Rule")
                    .add("rule_version", StringType, false, "Version of the rule")
                    .add("severity", StringType, true, "auto_fail, major or minor")
                    .add("applicable_calls", LongType, false, "Calls the rule applied to")
                    .add("passed_calls", LongType, false, "... that passed")
                    .add("failed_calls", LongType, false, "... that failed")
                    .add("adherence_rate", DoubleType, true, "passed / applicable; empty when none applied")
                    .add("failing_call_ids", DataTypes.createArrayType(StringType, false), false, "The failed calls")
                    .add("rule_pack_id", StringType, false, "Rule pack")
                    .add("rule_pack_version", StringType, false, "Version of the rule pack")
                    .add("rule_pack_hash", StringType, false, "SHA-256 of the rule pack"),
            List.of());

    public static final TableDefinition AGENT_SCORECARDS = new TableDefinition("agent_scorecards",
            "One row per agent and week: the agent's QA figures.",
            new StructType()
                    .add("week_start", DateType, false, "Monday of the week (UTC)")
                    .add("agent_id", StringType, false, "Agent")
                    .add("agent_name", StringType, true, "From the roster")
                    .add("team", StringType, true, "From the roster")
                    .add("supervisor_id", StringType, true, "From the roster")
                    .add("tenure_days", IntegerType, true, "Days from hire to the agent's first call of the week")
                    .add("calls", LongType, false, "Calls scored")
                    .add("mean_score", DoubleType, true, "Mean total score, 0-100")
                    .add("auto_fails", LongType, false, "Calls with an auto-fail")
                    .add("adherence_rate", DoubleType, true, "Passed / applicable over all compliance rules")
                    .add("adherence_by_rule", DataTypes.createMapType(StringType, DoubleType, true), false,
                            "Adherence rate per compliance rule")
                    .add("mean_customer_sentiment", DoubleType, true, "Mean of the calls' customer sentiment")
                    .add("average_handle_time_seconds", DoubleType, false, "Mean call duration")
                    .add("silence_ratio", DoubleType, true, "Time nobody talks / call time")
                    .add("first_contact_resolution", DoubleType, true,
                            "Resolved / known calls (see call_scorecards.first_contact_resolved)")
                    .add("escalations", LongType, false, "Calls in which the customer asked for escalation")
                    .add("cancellations", LongType, false, "Calls in which the customer wanted to cancel"),
            List.of());

    public static final TableDefinition COACHING_TARGETS = new TableDefinition("coaching_targets",
            "Per agent, the scorecard questions where the agent falls behind the rest of the team by more than chance "
                    + "(one-sided Fisher's exact test), ranked by the score points they cost, with example calls.",
            new StructType()
                    .add("agent_id", StringType, false, "Agent")
                    .add("agent_name", StringType, true, "From the roster")
                    .add("team", StringType, false, "Team the agent is compared within")
                    .add("rank", IntegerType, false, "1 = the agent's largest impact")
                    .add("section_id", StringType, false, "Section of the scorecard")
                    .add("criterion_id", StringType, false, "Question of the scorecard")
                    .add("question", StringType, false, "The question")
                    .add("agent_calls", IntegerType, false, "Agent's calls in which the question applied")
                    .add("agent_met", IntegerType, false, "... in which it was met")
                    .add("agent_rate", DoubleType, false, "agent_met / agent_calls")
                    .add("agent_rate_low", DoubleType, false, "Wilson 95 % interval of the agent's rate, low end")
                    .add("agent_rate_high", DoubleType, false, "... high end")
                    .add("team_calls", IntegerType, false, "The rest of the team's calls in which it applied")
                    .add("team_met", IntegerType, false, "... in which it was met")
                    .add("team_rate", DoubleType, false, "team_met / team_calls")
                    .add("p_value", DoubleType, false, "Chance of a gap this large if the agent were as good as the team")
                    .add("impact_points", DoubleType, false,
                            "Score points per call gained by meeting the question as often as the team")
                    .add("period_start", DateType, false, "First day looked at")
                    .add("period_end", DateType, false, "Last day looked at")
                    .add("examples", DataTypes.createArrayType(COACHING_EXAMPLE, false), false,
                            "Up to three recent calls in which the agent did not meet the question")
                    .add("scorecard_id", StringType, false, "Scorecard")
                    .add("scorecard_version", StringType, false, "Version of the scorecard"),
            List.of());

    public static final TableDefinition TRENDS = new TableDefinition("trends",
            "One row per week and team, with the change since the week before (empty when that week had no calls).",
            new StructType()
                    .add("week_start", DateType, false, "Monday of the week (UTC)")
                    .add("team", StringType, true, "Team; empty for agents not in the roster")
                    .add("calls", LongType, false, "Calls scored")
                    .add("mean_score", DoubleType, true, "Mean total score")
                    .add("adherence_rate", DoubleType, true, "Passed / applicable over all compliance rules")
                    .add("adherence_by_rule", DataTypes.createMapType(StringType, DoubleType, true), false,
                            "Adherence rate per compliance rule")
                    .add("escalation_rate", DoubleType, false, "Share of calls with an escalation request")
                    .add("cancellation_rate", DoubleType, false, "Share of calls with cancellation intent")
                    .add("mean_customer_sentiment", DoubleType, true, "Mean customer sentiment")
                    .add("silence_ratio", DoubleType, true, "Time nobody talks / call time")
                    .add("average_handle_time_seconds", DoubleType, false, "Mean call duration")
                    .add("first_contact_resolution", DoubleType, true, "Resolved / known calls")
                    .add("mean_score_change", DoubleType, true, "Change since the week before")
                    .add("adherence_rate_change", DoubleType, true, "Change since the week before")
                    .add("escalation_rate_change", DoubleType, true, "Change since the week before")
                    .add("cancellation_rate_change", DoubleType, true, "Change since the week before")
                    .add("mean_customer_sentiment_change", DoubleType, true, "Change since the week before")
                    .add("silence_ratio_change", DoubleType, true, "Change since the week before")
                    .add("average_handle_time_seconds_change", DoubleType, true, "Change since the week before")
                    .add("first_contact_resolution_change", DoubleType, true, "Change since the week before"),
            List.of());

    public static final TableDefinition CALL_DRIVERS = new TableDefinition("call_drivers",
            "Why customers call: topics found in redacted customer speech (LDA), per week and team.",
            new StructType()
                    .add("week_start", DateType, false, "Monday of the week (UTC)")
                    .add("team", StringType, true, "Team")
                    .add("topic_id", IntegerType, false, "Topic, the same across weeks of one scoring run")
                    .add("top_terms", DataTypes.createArrayType(StringType, false), false, "The topic's main words")
                    .add("calls", LongType, false, "Calls whose main topic this is")
                    .add("call_share", DoubleType, false, "... as a share of the week's calls of the team")
                    .add("model", StringType, false, "How the topics were found (LDA k, seed, vocabulary)"),
            List.of());

    public static final TableDefinition EMERGING_TERMS = new TableDefinition("emerging_terms",
            "Per week, the words in customer speech whose share of calls rose most since the week before; only weeks "
                    + "whose previous week had calls are ranked.",
            new StructType()
                    .add("week_start", DateType, false, "Monday of the week (UTC)")
                    .add("term", StringType, false, "The word")
                    .add("calls", LongType, false, "Calls of the week in which the customer said it")
                    .add("share", DoubleType, false, "... as a share of the week's calls")
                    .add("previous_share", DoubleType, false, "Share of the week before's calls (0 when nobody said it then)")
                    .add("rise", DoubleType, false, "share - previous_share")
                    .add("rank", IntegerType, false, "1 = rose most"),
            List.of());

    public static final TableDefinition REVIEW_VERDICTS = new TableDefinition("review_verdicts",
            "One row per call and automatic answer a QA reviewer judged (./callqa review import): agree or disagree, "
                    + "with a note. A later verdict on the same call and item replaces the earlier one.",
            new StructType()
                    .add("call_id", StringType, false, "The call")
                    .add("item_kind", StringType, false, "reason (a flag reason) or question (a scorecard answer)")
                    .add("item_id", StringType, false, "The reason code, or the question's criterion id")
                    .add("automatic_answer", StringType, true,
                            "What the page showed: the reason code, or MET, NOT_MET or NOT_APPLICABLE")
                    .add("agrees", BooleanType, false, "The reviewer agreed with the automatic answer; on "
                            + "CALIBRATION_SAMPLE, false means the flags missed the call")
                    .add("note", StringType, true, "The reviewer's note")
                    .add("reviewer", StringType, true, "Who reviewed")
                    .add("reviewed_at", TimestampType, false, "When the verdict was given (UTC)")
                    .add("source", StringType, false, "File and line it was imported from, e.g. verdicts.csv:7")
                    .add("imported_at", TimestampType, false, "When it was imported (UTC)"),
            List.of());

    public static final TableDefinition REVIEW_CALIBRATION = new TableDefinition("review_calibration",
            "How the automatic answers hold up against reviewers' verdicts, as of the latest score run: the flags' "
                    + "precision per reason, each question's agreement, the calibration sample's miss rate.",
            new StructType()
                    .add("measure", StringType, false, "FLAG_PRECISION, QUESTION_AGREEMENT or CALIBRATION_MISS_RATE")
                    .add("item_id", StringType, false, "The reason code, the criterion id, or CALIBRATION_SAMPLE")
                    .add("reviewed", IntegerType, false,
                            "Verdicts counted: those on answers the current scoring still gives")
                    .add("agreed", IntegerType, false, "... the reviewer agreed with")
                    .add("disagreed", IntegerType, false, "... the reviewer disagreed with")
                    .add("rate", DoubleType, false,
                            "agreed / reviewed; for CALIBRATION_MISS_RATE disagreed / reviewed (calls the flags missed)")
                    .add("rate_low", DoubleType, false, "Wilson 95 % interval of the rate, low end")
                    .add("rate_high", DoubleType, false, "... high end")
                    .add("scorecard_id", StringType, false, "Scorecard of the score run")
                    .add("scorecard_version", StringType, false, "Its version"),
            List.of());

    public static final List<TableDefinition> ALL =
            List.of(TRANSCRIPTS, CALL_METRICS, REJECTS, UTTERANCES, CALL_SENTIMENT, RULE_RESULTS, CALL_SCORECARDS,
                    FLAGGED_CALLS, COMPLIANCE_AUDIT, AGENT_SCORECARDS, COACHING_TARGETS, TRENDS, CALL_DRIVERS,
                    EMERGING_TERMS, REVIEW_VERDICTS, REVIEW_CALIBRATION);

    private static StructType withEvidence(StructType fields) {
        StructType combined = fields;
        for (var field : EVIDENCE_FIELDS.fields()) {
            combined = combined.add(field);
        }
        return combined;
    }

    private Tables() {}
}
