package io.callqa.audio;

import java.util.Arrays;

/**
 * A GSM 06.10 full-rate speech decoder (ETSI EN 300 961), bit-exact with the reference implementation that sox and
 * Asterisk use: one instance per channel, fed the frames of a stream in order (the decoder carries state from frame
 * to frame).
 *
 * <p>Why our own: the one pure-Java decoder on Maven Central (Tritonus) comes with {@code javax.sound} service
 * registrations (mixers, format converters) that would change how the JDK decodes μ-law for the whole JVM.
 */
final class Gsm610Decoder {
    static final int SAMPLES_PER_FRAME = 160;
    /** The coded parameters of one frame: 8 log-area ratios, then per sub-frame Nc, bc, Mc, xmaxc and 13 pulses. */
    static final int PARAMETERS_PER_FRAME = 8 + 4 * 17;
    /** Bits of each parameter, in the order a frame holds them. */
    static final int[] PARAMETER_BITS = parameterBits();

    private static final short[] QUANTIZED_LTP_GAIN = {3277, 11469, 21299, 32767};
    private static final short[] NORMALIZED_INVERSE_MANTISSA = {18431, 20479, 22527, 24575, 26623, 28671, 30719, 32767};
    private static final short[] LAR_B = {0, 0, 2048, -2560, 94, -1792, -341, -1144};
    private static final short[] LAR_MIC = {-32, -32, -16, -16, -8, -8, -4, -4};
    private static final short[] LAR_INVERSE_A = {13107, 13107, 13107, 13107, 19223, 17476, 31454, 29708};

    /** The reconstructed short-term residual of the last 120 samples, then the current sub-frame's 40. */
    private final short[] residual = new short[160];
    private final short[][] logAreaRatios = new short[2][8];
    private int currentRatios;
    private final short[] synthesisState = new short[9];
    private int lastLag = 40;
    private short deemphasis;

    /** Decodes one frame's parameters (in {@link #PARAMETER_BITS} order) into 160 samples. */
    void decode(int[] parameters, short[] output, int outputOffset) {
        short[] excitation = new short[40];
        short[] weighted = new short[SAMPLES_PER_FRAME];
        for (int subFrame = 0; subFrame < 4; subFrame++) {
            int base = 8 + 17 * subFrame;
            decodeRegularPulses(parameters[base + 3], parameters[base + 2], parameters, base + 4, excitation);
            longTermSynthesis(parameters[base], parameters[base + 1], excitation);
            System.arraycopy(residual, 120, weighted, subFrame * 40, 40);
        }
        shortTermSynthesis(parameters, weighted, output, outputOffset);
        postprocess(output, outputOffset);
    }

    private static void decodeRegularPulses(int maximumCode, int gridPosition, int[] parameters, int pulsesStart,
            short[] excitation) {
        int exponent = 0;
        if (maximumCode > 15) {
            exponent = (maximumCode >> 3) - 1;
        }
        int mantissa = maximumCode - (exponent << 3);
        if (mantissa == 0) {
            exponent = -4;
            mantissa = 7;
        } else {
            while (mantissa <= 7) {
                mantissa = mantissa << 1 | 1;
                exponent--;
            }
            mantissa -= 8;
        }
        int factor = NORMALIZED_INVERSE_MANTISSA[mantissa];
        int shift = 6 - exponent;
        int rounding = shiftLeft(1, shift - 1);
        Arrays.fill(excitation, (short) 0);
        for (int pulse = 0; pulse < 13; pulse++) {
            int value = ((parameters[pulsesStart + pulse] << 1) - 7) << 12;
            value = multiplyRound(factor, value);
            value = add(value, rounding);
            excitation[gridPosition + 3 * pulse] = (short) shiftRight(value, shift);
        }
    }

    private void longTermSynthesis(int lagCode, int gainCode, short[] excitation) {
        int lag = lagCode < 40 || lagCode > 120 ? lastLag : lagCode;
        lastLag = lag;
        int gain = QUANTIZED_LTP_GAIN[gainCode];
        for (int index = 0; index < 40; index++) {
            int predicted = multiplyRound(gain, residual[120 + index - lag]);
            residual[120 + index] = (short) add(excitation[index], predicted);
        }
        System.arraycopy(residual, 40, residual, 0, 120);
    }

    private void shortTermSynthesis(int[] parameters, short[] weighted, short[] output, int offset) {
        short[] previous = logAreaRatios[currentRatios];
        currentRatios ^= 1;
        short[] current = logAreaRatios[currentRatios];
        for (int index = 0; index < 8; index++) {
            int value = add(parameters[index], LAR_MIC[index]) << 10;
            value = subtract(value, LAR_B[index] << 1);
            value = multiplyRound(LAR_INVERSE_A[index], value);
            current[index] = (short) add(value, value);
        }
        short[] interpolated = new short[8];
        // The ratios move from the previous frame's to this one's over the first 40 samples.
        for (int index = 0; index < 8; index++) {
            interpolated[index] = (short) add(add(previous[index] >> 2, current[index] >> 2), previous[index] >> 1);
        }
        filter(reflectionCoefficients(interpolated), weighted, 0, 13, output, offset);
        for (int index = 0; index < 8; index++) {
            interpolated[index] = (short) add(previous[index] >> 1, current[index] >> 1);
        }
        filter(reflectionCoefficients(interpolated), weighted, 13, 14, output, offset);
        for (int index = 0; index < 8; index++) {
            interpolated[index] = (short) add(add(previous[index] >> 2, current[index] >> 2), current[index] >> 1);
        }
        filter(reflectionCoefficients(interpolated), weighted, 27, 13, output, offset);
        filter(reflectionCoefficients(current.clone()), weighted, 40, 120, output, offset);
    }

    /** Log-area ratios to reflection coefficients, by the standard's piecewise-linear approximation. */
    private static short[] reflectionCoefficients(short[] ratios) {
        for (int index = 0; index < 8; index++) {
            int value = ratios[index];
            boolean negative = value < 0;
            if (negative) {
                value = value == Short.MIN_VALUE ? Short.MAX_VALUE : -value;
            }
            value = value < 11059 ? value << 1 : value < 20070 ? value + 11059 : add(value >> 2, 26112);
            ratios[index] = (short) (negative ? -value : value);
        }
        return ratios;
    }

    private void filter(short[] reflection, short[] weighted, int start, int count, short[] output, int offset) {
        short[] state = synthesisState;
        for (int index = start; index < start + count; index++) {
            int sample = weighted[index];
            for (int stage = 7; stage >= 0; stage--) {
                sample = subtract(sample, multiplyRound(reflection[stage], state[stage]));
                state[stage + 1] = (short) add(state[stage], multiplyRound(reflection[stage], sample));
            }
            state[0] = (short) sample;
            output[offset + index] = (short) sample;
        }
    }

    private void postprocess(short[] output, int offset) {
        int memory = deemphasis;
        for (int index = offset; index < offset + SAMPLES_PER_FRAME; index++) {
            memory = add(output[index], multiplyRound(memory, 28180));
            output[index] = (short) (add(memory, memory) & 0xFFF8);
        }
        deemphasis = (short) memory;
    }

    private static int add(int a, int b) {
        return Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, a + b));
    }

    private static int subtract(int a, int b) {
        return Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, a - b));
    }

    /** The standard's mult_r: a rounded Q15 product, the one overflow (−1 × −1) saturated. */
    private static int multiplyRound(int a, int b) {
        if (a == Short.MIN_VALUE && b == Short.MIN_VALUE) {
            return Short.MAX_VALUE;
        }
        return (short) ((a * b + 16384) >> 15);
    }

    private static int shiftLeft(int value, int bits) {
        if (bits >= 16) {
            return 0;
        }
        if (bits <= -16) {
            return value < 0 ? -1 : 0;
        }
        return bits < 0 ? shiftRight(value, -bits) : (short) (value << bits);
    }

    private static int shiftRight(int value, int bits) {
        if (bits >= 16) {
            return value < 0 ? -1 : 0;
        }
        if (bits <= -16) {
            return 0;
        }
        return bits < 0 ? (short) (value << -bits) : value >> bits;
    }

    private static int[] parameterBits() {
        int[] bits = new int[PARAMETERS_PER_FRAME];
        int[] ratioBits = {6, 6, 5, 5, 4, 4, 3, 3};
        System.arraycopy(ratioBits, 0, bits, 0, 8);
        for (int subFrame = 0; subFrame < 4; subFrame++) {
            int base = 8 + 17 * subFrame;
            bits[base] = 7;
            bits[base + 1] = 2;
            bits[base + 2] = 2;
            bits[base + 3] = 6;
            Arrays.fill(bits, base + 4, base + 17, 3);
        }
        return bits;
    }
}
