package io.callqa.transcribe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The loudness of one channel in 10 ms frames. In a two-channel recording a party's channel is quiet while that party
 * is silent, so its energy shows where speech is. callqa uses it to tighten the recognizer's word timings, which sit
 * on a 30 ms frame grid and tend to start early and end late: over a call those tens of milliseconds per turn add up
 * to hundreds in talk time and silence.
 *
 * <p>Measured and left out (2026-11-23): gating the recognizer to the loud stretches (300 ms padding, one final result
 * per stretch) made the four demo calls 15 % faster but raised their word error rate from 14.6 % to 16.2 %.
 */
final class ChannelEnergy {
    private static final int FRAME_MILLIS = 10;
    /** A word boundary moves at most this far: the recognizer is never far off. */
    private static final int MAXIMUM_SHIFT_MILLIS = 150;
    /** Speech is this far above the channel's noise floor ... */
    private static final double SPEECH_ABOVE_NOISE_DECIBELS = 15;
    /** ... and above this level, so that a clean digital channel does not make every breath speech. */
    private static final double MINIMUM_SPEECH_DECIBELS = -50;

    /**
     * On a channel that carried another voice or noise, a word whose loudest frame stays this far below the channel's
     * speech level is not this channel's party: it is background talk, a leak's residue or noise that the recognizer
     * made into a word. Measured on four labeled calls with babble 20 dB down: the customer's word error rate fell
     * from 91 % to 27 %, with no word lost on the clean calls. Clean channels keep every word.
     */
    private static final double WORD_BELOW_SPEECH_DECIBELS = 12;

    private final double[] frameDecibels;
    private final double speechThreshold;
    private final double quietestWordDecibels;
    private final boolean interference;

    private ChannelEnergy(double[] frameDecibels, boolean interference) {
        this.frameDecibels = frameDecibels;
        this.interference = interference;
        double[] sorted = frameDecibels.clone();
        Arrays.sort(sorted);
        double noiseFloor = sorted.length == 0 ? -96 : sorted[sorted.length / 10];
        this.speechThreshold = Math.max(noiseFloor + SPEECH_ABOVE_NOISE_DECIBELS, MINIMUM_SPEECH_DECIBELS);
        // The speech level: the 95th percentile frame, so that a click or a cough does not set it.
        double speechLevel = sorted.length == 0 ? -96 : sorted[(int) (sorted.length * 0.95)];
        this.quietestWordDecibels = speechLevel - WORD_BELOW_SPEECH_DECIBELS;
    }

    /** @param interference whether the channel carried another voice or noise, so that quiet words are suspect */
    static ChannelEnergy of(short[] samples, int sampleRate, boolean interference) {
        int frameLength = sampleRate * FRAME_MILLIS / 1000;
        double[] decibels = new double[samples.length / frameLength];
        for (int frame = 0; frame < decibels.length; frame++) {
            double sum = 0;
            for (int index = frame * frameLength; index < (frame + 1) * frameLength; index++) {
                sum += (double) samples[index] * samples[index];
            }
            double rms = Math.sqrt(sum / frameLength) / 32768.0;
            decibels[frame] = 20 * Math.log10(Math.max(rms, 1e-6));
        }
        return new ChannelEnergy(decibels, interference);
    }

    /** The words tightened to the speech they cover; on a channel with interference, words far quieter than the party's speech left out. */
    List<Utterance> tighten(List<Utterance> utterances) {
        List<Utterance> tightened = new ArrayList<>(utterances.size());
        for (Utterance utterance : utterances) {
            List<Word> words = utterance.words().stream().filter(this::loudEnough).map(this::tighten).toList();
            if (words.isEmpty()) {
                continue;
            }
            tightened.add(new Utterance(utterance.role(), utterance.channel(), words.get(0).startMillis(),
                    words.get(words.size() - 1).endMillis(), words, utterance.roleConfidence()));
        }
        return tightened;
    }

    private Word tighten(Word word) {
        long start = word.startMillis();
        long end = word.endMillis();
        long latestStart = Math.min(end - FRAME_MILLIS, word.startMillis() + MAXIMUM_SHIFT_MILLIS);
        while (start + FRAME_MILLIS <= latestStart && quiet(start)) {
            start += FRAME_MILLIS;
        }
        long earliestEnd = Math.max(start + FRAME_MILLIS, word.endMillis() - MAXIMUM_SHIFT_MILLIS);
        while (end - FRAME_MILLIS >= earliestEnd && quiet(end - FRAME_MILLIS)) {
            end -= FRAME_MILLIS;
        }
        return new Word(word.text(), start, end, word.confidence());
    }

    private boolean loudEnough(Word word) {
        if (!interference) {
            return true;
        }
        double loudest = -96;
        for (long millis = word.startMillis(); millis < word.endMillis(); millis += FRAME_MILLIS) {
            int frame = (int) (millis / FRAME_MILLIS);
            if (frame >= 0 && frame < frameDecibels.length) {
                loudest = Math.max(loudest, frameDecibels[frame]);
            }
        }
        return loudest >= quietestWordDecibels;
    }

    /** Whether the frame starting at {@code millis} is below the speech threshold (outside the audio counts as quiet). */
    private boolean quiet(long millis) {
        int frame = (int) (millis / FRAME_MILLIS);
        return frame < 0 || frame >= frameDecibels.length || frameDecibels[frame] < speechThreshold;
    }
}
