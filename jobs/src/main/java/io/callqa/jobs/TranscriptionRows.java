package io.callqa.jobs;

import io.callqa.audio.DecodedAudio;
import io.callqa.transcribe.CallMetrics;
import io.callqa.transcribe.CallTranscript;
import io.callqa.transcribe.Utterance;
import io.callqa.transcribe.Word;
import io.callqa.tables.Tables;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/** The rows the transcribe stage writes for one call: its {@code call_metrics} row and its {@code transcripts} rows. */
final class TranscriptionRows {
    private TranscriptionRows() {}

    /**
     * @param request the call as requested ({@link CallRequests#SCHEMA})
     * @param agentChannel the agent's channel (of a stereo recording; ignored for mono ones)
     */
    static Row callMetrics(Row request, DecodedAudio audio, int agentChannel, String sha256, CallTranscript transcript,
            CallMetrics metrics, String model, Timestamp transcribedAt) {
        boolean stereo = audio.channelCount() == 2;
        int customerChannel = 1 - agentChannel;
        return Tables.CALL_METRICS.row()
                .set("call_id", request.getAs("call_id"))
                .set("agent_id", request.getAs("agent_id"))
                .set("started_at", request.getAs("started_at"))
                .set("direction", request.getAs("direction"))
                .set("queue", request.getAs("queue"))
                .set("customer_id", request.getAs("customer_id"))
                .set("audio_uri", request.getAs("audio_uri"))
                .set("audio_sha256", sha256)
                .set("audio_encoding", audio.encoding())
                .set("sample_rate", audio.sampleRate())
                .set("channels", audio.channelCount())
                .set("agent_channel", stereo ? agentChannel : null)
                .set("speaker_separation", transcript.separation().method())
                .set("voices", transcript.separation().voices())
                .set("duration_ms", metrics.durationMillis())
                .set("talk_ms", metrics.talkMillis())
                .set("agent_talk_ms", metrics.agentTalkMillis())
                .set("customer_talk_ms", metrics.customerTalkMillis())
                .set("non_talk_ms", metrics.nonTalkMillis())
                .set("longest_silence_ms", metrics.longestSilenceMillis())
                .set("longest_silence_start_ms", metrics.longestSilenceStartMillis())
                .set("overtalk_ms", metrics.overtalkMillis())
                .set("overtalk_count", metrics.overtalkCount())
                .set("agent_interruptions", metrics.agentInterruptions())
                .set("customer_interruptions", metrics.customerInterruptions())
                .set("words", metrics.words())
                .set("agent_words", metrics.agentWords())
                .set("customer_words", metrics.customerWords())
                .set("agent_words_per_minute", metrics.agentWordsPerMinute())
                .set("customer_words_per_minute", metrics.customerWordsPerMinute())
                .set("hold_ms", metrics.holdMillis())
                .set("customer_bleed_into_agent_db",
                        stereo ? transcript.line().channel(agentChannel).bleedIn().levelDecibels() : null)
                .set("customer_bleed_into_agent_delay_ms",
                        stereo ? transcript.line().channel(agentChannel).bleedIn().delayMillis() : null)
                .set("agent_bleed_into_customer_db",
                        stereo ? transcript.line().channel(customerChannel).bleedIn().levelDecibels() : null)
                .set("agent_bleed_into_customer_delay_ms",
                        stereo ? transcript.line().channel(customerChannel).bleedIn().delayMillis() : null)
                .set("agent_gain_db", stereo ? transcript.line().channel(agentChannel).gainDecibels() : null)
                .set("customer_gain_db", stereo ? transcript.line().channel(customerChannel).gainDecibels() : null)
                .set("utterances", transcript.utterances().size())
                .set("model", model)
                .set("transcribed_at", transcribedAt)
                .set("call_date", request.getAs("call_date"))
                .build();
    }

    static List<Row> transcripts(Row request, CallTranscript transcript, String model) {
        List<Row> rows = new ArrayList<>();
        List<Utterance> utterances = transcript.utterances();
        for (int index = 0; index < utterances.size(); index++) {
            Utterance utterance = utterances.get(index);
            rows.add(Tables.TRANSCRIPTS.row()
                    .set("call_id", request.getAs("call_id"))
                    .set("utterance_index", index)
                    .set("role", utterance.role().label())
                    .set("role_confidence", utterance.roleConfidence())
                    .set("channel", utterance.channel())
                    .set("start_ms", utterance.startMillis())
                    .set("end_ms", utterance.endMillis())
                    .set("text", utterance.text())
                    .set("confidence", utterance.confidence())
                    .set("words", utterance.words().stream().map(TranscriptionRows::word).toList())
                    .set("model", model)
                    .set("call_date", request.getAs("call_date"))
                    .build());
        }
        return rows;
    }

    private static Row word(Word word) {
        return Tables.TRANSCRIPTS.elementRow("words")
                .set("word", word.text())
                .set("start_ms", word.startMillis())
                .set("end_ms", word.endMillis())
                .set("confidence", word.confidence())
                .build();
    }
}
