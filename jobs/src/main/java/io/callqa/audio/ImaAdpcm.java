package io.callqa.audio;

/**
 * IMA (DVI) ADPCM as Microsoft stores it in WAV (format 0x0011): blocks holding, per channel, a 4-byte header (the
 * first sample and the step index) and then 4-bit codes, low nibble first, in runs of 4 bytes per channel.
 */
final class ImaAdpcm {
    private static final int[] STEP_SIZES = {
        7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88, 97,
        107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796,
        876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871,
        5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623,
        27086, 29794, 32767};
    private static final int[] INDEX_CHANGES = {-1, -1, -1, -1, 2, 4, 6, 8};

    private ImaAdpcm() {}

    /** The samples a block of {@code blockAlign} bytes holds per channel. */
    static int samplesPerBlock(int blockAlign, int channels) {
        return (blockAlign - 4 * channels) * 8 / (4 * channels) + 1;
    }

    /** Decodes the data chunk {@code [start, start + size)} into {@code channels.length} arrays of equal length. */
    static void decode(byte[] file, int start, int size, int blockAlign, short[][] channels) {
        int channelCount = channels.length;
        int written = 0;
        int total = channels[0].length;
        for (int block = start; block < start + size && written < total; block += blockAlign) {
            int blockEnd = Math.min(block + blockAlign, start + size);
            if (blockEnd - block < 4 * channelCount) {
                break;
            }
            int samplesHere = Math.min(total - written, samplesPerBlock(blockEnd - block, channelCount));
            for (int channel = 0; channel < channelCount; channel++) {
                int header = block + 4 * channel;
                int predictor = (short) ((file[header] & 0xFF) | file[header + 1] << 8);
                int index = Math.min(88, Math.max(0, file[header + 2] & 0xFF));
                short[] output = channels[channel];
                output[written] = (short) predictor;
                for (int sample = 1; sample < samplesHere; sample++) {
                    // Codes come in groups of 8 per channel: 4 bytes of one channel, then 4 of the next.
                    int code = sample - 1;
                    int offset = block + 4 * channelCount + (code / 8) * 4 * channelCount + channel * 4 + (code % 8) / 2;
                    int nibble = (code & 1) == 0 ? file[offset] & 0x0F : (file[offset] >> 4) & 0x0F;
                    int step = STEP_SIZES[index];
                    int difference = step >> 3;
                    if ((nibble & 4) != 0) {
                        difference += step;
                    }
                    if ((nibble & 2) != 0) {
                        difference += step >> 1;
                    }
                    if ((nibble & 1) != 0) {
                        difference += step >> 2;
                    }
                    predictor += (nibble & 8) != 0 ? -difference : difference;
                    predictor = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, predictor));
                    index = Math.max(0, Math.min(88, index + INDEX_CHANGES[nibble & 7]));
                    output[written + sample] = (short) predictor;
                }
            }
            written += samplesHere;
        }
    }
}
