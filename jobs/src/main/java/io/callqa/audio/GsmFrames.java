package io.callqa.audio;

/**
 * The two ways GSM 06.10 frames are stored in files, unpacked into coded parameters for {@link Gsm610Decoder}.
 *
 * <ul>
 *   <li>Microsoft GSM (WAV format 0x0031, Asterisk's "WAV49", what {@code sox -e gsm-full-rate} writes): blocks of
 *       65 bytes holding two frames of 260 bits, every parameter stored least significant bit first.
 *   <li>Raw {@code .gsm} files: frames of 33 bytes, each a 4-bit signature 0xD then the parameters most significant
 *       bit first.
 * </ul>
 */
final class GsmFrames {
    static final int MICROSOFT_BLOCK_BYTES = 65;
    static final int MICROSOFT_BLOCK_SAMPLES = 2 * Gsm610Decoder.SAMPLES_PER_FRAME;
    static final int RAW_FRAME_BYTES = 33;
    private static final int RAW_SIGNATURE = 0xD;

    private GsmFrames() {}

    /** Decodes {@code blocks} Microsoft GSM blocks from {@code start}: 320 samples each. */
    static short[] decodeMicrosoft(byte[] file, int start, int blocks) {
        short[] samples = new short[blocks * MICROSOFT_BLOCK_SAMPLES];
        Gsm610Decoder decoder = new Gsm610Decoder();
        int[] parameters = new int[Gsm610Decoder.PARAMETERS_PER_FRAME];
        for (int block = 0; block < blocks; block++) {
            LeastSignificantFirst bits = new LeastSignificantFirst(file, start + block * MICROSOFT_BLOCK_BYTES);
            for (int frame = 0; frame < 2; frame++) {
                for (int index = 0; index < parameters.length; index++) {
                    parameters[index] = bits.read(Gsm610Decoder.PARAMETER_BITS[index]);
                }
                decoder.decode(parameters, samples, (2 * block + frame) * Gsm610Decoder.SAMPLES_PER_FRAME);
            }
        }
        return samples;
    }

    /** True when the file is a whole number of raw 33-byte frames, each with the GSM signature. */
    static boolean isRaw(byte[] file) {
        if (file.length == 0 || file.length % RAW_FRAME_BYTES != 0) {
            return false;
        }
        for (int offset = 0; offset < file.length; offset += RAW_FRAME_BYTES) {
            if ((file[offset] & 0xF0) >> 4 != RAW_SIGNATURE) {
                return false;
            }
        }
        return true;
    }

    static short[] decodeRaw(byte[] file) {
        int frames = file.length / RAW_FRAME_BYTES;
        short[] samples = new short[frames * Gsm610Decoder.SAMPLES_PER_FRAME];
        Gsm610Decoder decoder = new Gsm610Decoder();
        int[] parameters = new int[Gsm610Decoder.PARAMETERS_PER_FRAME];
        for (int frame = 0; frame < frames; frame++) {
            int bitPosition = frame * RAW_FRAME_BYTES * 8 + 4;
            for (int index = 0; index < parameters.length; index++) {
                int value = 0;
                for (int bit = 0; bit < Gsm610Decoder.PARAMETER_BITS[index]; bit++, bitPosition++) {
                    value = value << 1 | (file[bitPosition >> 3] >> (7 - (bitPosition & 7))) & 1;
                }
                parameters[index] = value;
            }
            decoder.decode(parameters, samples, frame * Gsm610Decoder.SAMPLES_PER_FRAME);
        }
        return samples;
    }

    /** Reads fields from a byte stream whose bits are numbered from each byte's least significant one. */
    private static final class LeastSignificantFirst {
        private final byte[] bytes;
        private int position;
        private long pending;
        private int pendingBits;

        LeastSignificantFirst(byte[] bytes, int start) {
            this.bytes = bytes;
            this.position = start;
        }

        int read(int bits) {
            while (pendingBits < bits) {
                pending |= (long) (bytes[position++] & 0xFF) << pendingBits;
                pendingBits += 8;
            }
            int value = (int) (pending & ((1 << bits) - 1));
            pending >>>= bits;
            pendingBits -= bits;
            return value;
        }
    }
}
