package io.callqa.audio;

/** ITU-T G.711 μ-law and A-law companding, the codecs of telephone recordings. */
public final class G711 {
    private static final int MULAW_BIAS = 0x84;
    private static final int MULAW_CLIP = 32635;

    private G711() {}

    public static short mulawToLinear(byte encoded) {
        int value = ~encoded & 0xFF;
        int sign = value & 0x80;
        int exponent = (value >> 4) & 0x07;
        int mantissa = value & 0x0F;
        int magnitude = ((mantissa << 3) + MULAW_BIAS) << exponent;
        return (short) (sign != 0 ? MULAW_BIAS - magnitude : magnitude - MULAW_BIAS);
    }

    public static short alawToLinear(byte encoded) {
        int value = (encoded & 0xFF) ^ 0x55;
        int sign = value & 0x80;
        int exponent = (value >> 4) & 0x07;
        int mantissa = value & 0x0F;
        int magnitude = exponent == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
        return (short) (sign != 0 ? magnitude : -magnitude);
    }

    public static byte linearToMulaw(short sample) {
        int value = sample;
        int sign = value < 0 ? 0x80 : 0;
        if (value < 0) {
            value = -value;
        }
        value = Math.min(value, MULAW_CLIP) + MULAW_BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (value & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (value >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }
}
