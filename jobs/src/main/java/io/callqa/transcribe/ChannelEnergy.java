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

    private final double[] frameDecibels;
    private final double speechThreshold;

    private ChannelEnergy(double[] frameDecibels) {
        this.frameDecibels = frameDecibels;
        double[] sorted = frameDecibels.clone();
        Arrays.sort(sorted);
        double noiseFloor = sorted.length == 0 ? -96 : sorted[sorted.length / 10];
        this.speechThreshold = Math.max(noiseFloor + SPEECH_ABOVE_NOISE_DECIBELS, MINIMUM_SPEECH_DECIBELS);
    }

    static ChannelEnergy of(short[] samples, int sampleRate) {
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
        return new ChannelEnergy(decibels);
    }

    List<Utterance> tighten(List<Utterance> utterances) {
        List<Utterance> tightened = new ArrayList<>(utterances.size());
        for (Utterance utterance : utterances) {
            List<Word> words = utterance.words().stream().map(this::tighten).toList();
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

    /** Whether the frame starting at {@code millis} is below the speech threshold (outside the audio counts as quiet). */
    private boolean quiet(long millis) {
        int frame = (int) (millis / FRAME_MILLIS);
        return frame < 0 || frame >= frameDecibels.length || frameDecibels[frame] < speechThreshold;
    }
}
