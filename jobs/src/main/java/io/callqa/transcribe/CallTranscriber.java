package io.callqa.transcribe;

import io.callqa.audio.DecodedAudio;
import io.callqa.audio.Resampler;
import io.callqa.audio.SeededDither;
import io.callqa.line.CleanedAudio;
import io.callqa.line.LineCleaner;
import io.callqa.line.LineReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Transcribes one call: the channels are cleaned of what the line added (the other party's leak, uneven levels,
 * hold music, keypad tones), then each is resampled to 16 kHz, dithered with noise seeded from the audio itself,
 * and recognized on its own, so the transcript depends on nothing but the recording. Word timings are then
 * tightened to the cleaned channel's speech energy.
 */
public final class CallTranscriber {
    private final SpeechRecognizer recognizer;
    private final double ditherStandardDeviation;
    private final MonoSpeakerSeparation monoSeparation;
    private final boolean cleanLine;

    /** A transcriber that leaves the roles of mono recordings unknown. */
    public CallTranscriber(SpeechRecognizer recognizer, double ditherStandardDeviation) {
        this(recognizer, ditherStandardDeviation, null, true);
    }

    /**
     * @param monoSeparation separates the voices of mono recordings, or null to leave their roles unknown
     * @param cleanLine false only to measure what the cleaning gains: recognize the channels as recorded
     */
    public CallTranscriber(SpeechRecognizer recognizer, double ditherStandardDeviation,
            MonoSpeakerSeparation monoSeparation, boolean cleanLine) {
        this.recognizer = recognizer;
        this.ditherStandardDeviation = ditherStandardDeviation;
        this.monoSeparation = monoSeparation;
        this.cleanLine = cleanLine;
    }

    /**
     * @param agentChannel which channel of a stereo recording is the agent (0 = left, 1 = right)
     * @param audioSeed a number derived from the recording's bytes, the seed of the dither
     */
    public CallTranscript transcribe(DecodedAudio audio, int agentChannel, long audioSeed) {
        CleanedAudio cleaned = cleanLine ? LineCleaner.clean(audio.channels(), audio.sampleRate())
                : new CleanedAudio(audio.channels(), LineReport.untouched(audio.channelCount()));
        if (audio.channelCount() == 1 && monoSeparation != null) {
            return transcribeMono(audio, cleaned, audioSeed);
        }
        Resampler resampler = Resampler.between(audio.sampleRate(), SpeechRecognizer.SAMPLE_RATE);
        List<Utterance> utterances = new ArrayList<>();
        for (int channel = 0; channel < audio.channelCount(); channel++) {
            short[] speech = resampler.resample(cleaned.channels().get(channel));
            short[] dithered = SeededDither.apply(speech, audioSeed * 31 + channel, ditherStandardDeviation);
            Role role = roleOf(audio.channelCount(), channel, agentChannel);
            utterances.addAll(ChannelEnergy.of(speech, SpeechRecognizer.SAMPLE_RATE,
                            cleaned.report().channel(channel).hadInterference())
                    .tighten(recognizer.recognize(dithered, role, channel)));
        }
        return new CallTranscript(utterances, audio.durationMillis(), audio.channelCount(), audio.sampleRate(),
                audio.encoding(), cleaned.report(), SpeakerSeparation.NONE);
    }

    /** The one channel recognized, its voices separated, each turn recognized again on its own. */
    private CallTranscript transcribeMono(DecodedAudio audio, CleanedAudio cleaned, long audioSeed) {
        short[] speech = Resampler.between(audio.sampleRate(), SpeechRecognizer.SAMPLE_RATE)
                .resample(cleaned.channels().get(0));
        short[] dithered = SeededDither.apply(speech, audioSeed * 31, ditherStandardDeviation);
        ChannelEnergy energy = ChannelEnergy.of(speech, SpeechRecognizer.SAMPLE_RATE,
                cleaned.report().channel(0).hadInterference());
        MonoSpeakerSeparation.Separated separated = monoSeparation.separate(
                energy.tighten(recognizer.recognize(dithered, Role.UNKNOWN, 0)), dithered);
        return new CallTranscript(energy.tighten(separated.utterances()), audio.durationMillis(), 1,
                audio.sampleRate(), audio.encoding(), cleaned.report(), separated.separation());
    }

    private static Role roleOf(int channelCount, int channel, int agentChannel) {
        if (channelCount == 1) {
            return Role.UNKNOWN;
        }
        return channel == agentChannel ? Role.AGENT : Role.CUSTOMER;
    }
}
