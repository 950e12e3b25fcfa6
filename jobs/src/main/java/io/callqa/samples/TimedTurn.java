package io.callqa.samples;

/**
 * A turn as placed in the recording: the ground truth of who said what, on which channel, and when.
 *
 * @param index the turn's position in the script, from 0
 * @param startMillis where the first sample of speech lies, from the start of the recording
 * @param endMillis just after the last sample of speech
 */
public record TimedTurn(int index, Party party, int channel, String text, long startMillis, long endMillis) {
    public long durationMillis() {
        return endMillis - startMillis;
    }
}
