package io.callqa.samples;

/** The sounds besides speech that a telephone line carries: hold music and keypad tones. */
public final class LineSounds {
    private static final double HOLD_MUSIC_LEVEL = 2500;
    private static final double TONE_LEVEL = 4000;
    private static final double[][] KEYPAD_FREQUENCIES = {
            {941, 1336}, {697, 1209}, {697, 1336}, {697, 1477}, {770, 1209},
            {770, 1336}, {770, 1477}, {852, 1209}, {852, 1336}, {852, 1477}};

    private LineSounds() {}

    /** A simple melody over a held chord, each note with its harmonics: what hold music sounds like down a phone. */
    public static short[] holdMusic(long lengthMillis, int sampleRate) {
        double[] melody = {523.3, 587.3, 659.3, 784.0, 880.0, 784.0, 659.3, 587.3};
        double[] chord = {261.6, 329.6, 392.0};
        int count = (int) (lengthMillis * sampleRate / 1000);
        int noteLength = sampleRate * 3 / 10;
        short[] music = new short[count];
        for (int index = 0; index < count; index++) {
            double time = (double) index / sampleRate;
            int note = index / noteLength;
            double withinNote = (double) (index % noteLength) / noteLength;
            double envelope = Math.min(1, withinNote * 20) * (1 - 0.6 * withinNote);
            double value = 0;
            for (int harmonic = 1; harmonic <= 4; harmonic++) {
                value += Math.sin(2 * Math.PI * melody[note % melody.length] * harmonic * time) * envelope / harmonic;
            }
            for (double frequency : chord) {
                value += 0.3 * Math.sin(2 * Math.PI * frequency * time);
            }
            double fade = Math.min(1, Math.min(index, count - index) / (0.05 * sampleRate));
            music[index] = (short) Math.round(HOLD_MUSIC_LEVEL * value * fade / 2);
        }
        return music;
    }

    /** The DTMF tone of one keypad digit. */
    public static short[] keypadTone(char digit, long lengthMillis, int sampleRate) {
        if (digit < '0' || digit > '9') {
            throw new IllegalArgumentException("Cannot make a keypad tone for '" + digit + "': digits 0-9 only");
        }
        double[] frequencies = KEYPAD_FREQUENCIES[digit - '0'];
        int count = (int) (lengthMillis * sampleRate / 1000);
        short[] tone = new short[count];
        for (int index = 0; index < count; index++) {
            double time = (double) index / sampleRate;
            tone[index] = (short) Math.round(TONE_LEVEL * (Math.sin(2 * Math.PI * frequencies[0] * time)
                    + Math.sin(2 * Math.PI * frequencies[1] * time)) / 2);
        }
        return tone;
    }
}
