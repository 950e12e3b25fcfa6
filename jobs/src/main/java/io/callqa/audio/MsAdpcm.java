package io.callqa.audio;

import static io.callqa.rejects.RejectReason.CORRUPT_AUDIO;

/**
 * Microsoft ADPCM (WAV format 0x0002): blocks holding, per channel, a predictor number, the initial step and two
 * samples, then 4-bit codes, high nibble first, alternating between the channels. The predictors' coefficient pairs
 * are in the fmt chunk.
 */
final class MsAdpcm {
    private static final int[] ADAPTATION = {230, 230, 230, 230, 307, 409, 512, 614, 768, 614, 512, 409, 307, 230, 230, 230};
    static final int[][] STANDARD_COEFFICIENTS = {{256, 0}, {512, -256}, {0, 0}, {192, 64}, {240, 0}, {460, -208}, {392, -232}};

    private MsAdpcm() {}

    static int samplesPerBlock(int blockAlign, int channels) {
        return (blockAlign - 7 * channels) * 2 / channels + 2;
    }

    static void decode(byte[] file, int start, int size, int blockAlign, int[][] coefficients, short[][] channels)
            throws AudioFormatException {
        int channelCount = channels.length;
        int total = channels[0].length;
        int written = 0;
        int[] predictor1 = new int[channelCount];
        int[] predictor2 = new int[channelCount];
        int[] delta = new int[channelCount];
        int[] sample1 = new int[channelCount];
        int[] sample2 = new int[channelCount];
        for (int block = start; block < start + size && written < total; block += blockAlign) {
            int blockEnd = Math.min(block + blockAlign, start + size);
            if (blockEnd - block < 7 * channelCount) {
                break;
            }
            int position = block;
            for (int channel = 0; channel < channelCount; channel++) {
                int predictor = file[position++] & 0xFF;
                if (predictor >= coefficients.length) {
                    throw new AudioFormatException(CORRUPT_AUDIO, String.format(
                            "Cannot decode audio: MS ADPCM block at byte %d names predictor %d of %d",
                            block, predictor, coefficients.length));
                }
                predictor1[channel] = coefficients[predictor][0];
                predictor2[channel] = coefficients[predictor][1];
            }
            for (int channel = 0; channel < channelCount; channel++, position += 2) {
                delta[channel] = littleEndianShort(file, position);
            }
            for (int channel = 0; channel < channelCount; channel++, position += 2) {
                sample1[channel] = littleEndianShort(file, position);
            }
            for (int channel = 0; channel < channelCount; channel++, position += 2) {
                sample2[channel] = littleEndianShort(file, position);
            }
            int samplesHere = Math.min(total - written, (blockEnd - position) * 2 / channelCount + 2);
            for (int channel = 0; channel < channelCount; channel++) {
                channels[channel][written] = (short) sample2[channel];
                if (samplesHere > 1) {
                    channels[channel][written + 1] = (short) sample1[channel];
                }
            }
            for (int code = 0; code < (samplesHere - 2) * channelCount; code++) {
                int channel = code % channelCount;
                int nibble = (code & 1) == 0 ? (file[position + code / 2] >> 4) & 0x0F : file[position + code / 2] & 0x0F;
                int signed = nibble >= 8 ? nibble - 16 : nibble;
                int predicted = (sample1[channel] * predictor1[channel] + sample2[channel] * predictor2[channel]) >> 8;
                int value = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, predicted + signed * delta[channel]));
                sample2[channel] = sample1[channel];
                sample1[channel] = value;
                delta[channel] = Math.max(16, ADAPTATION[nibble] * delta[channel] >> 8);
                channels[channel][written + 2 + code / channelCount] = (short) value;
            }
            written += samplesHere;
        }
    }

    private static int littleEndianShort(byte[] file, int position) {
        return (short) ((file[position] & 0xFF) | file[position + 1] << 8);
    }
}
