package io.callqa.line;

/** An in-place radix-2 complex FFT over parallel arrays of real and imaginary parts; lengths are powers of two. */
final class Fft {
    private Fft() {}

    static int sizeFor(int length) {
        int size = 1;
        while (size < length) {
            size <<= 1;
        }
        return size;
    }

    static void forward(double[] real, double[] imaginary) {
        transform(real, imaginary, -1);
    }

    /** The inverse transform, scaled by 1/n so that inverse(forward(x)) is x. */
    static void inverse(double[] real, double[] imaginary) {
        transform(real, imaginary, 1);
        int size = real.length;
        for (int index = 0; index < size; index++) {
            real[index] /= size;
            imaginary[index] /= size;
        }
    }

    private static void transform(double[] real, double[] imaginary, int sign) {
        int size = real.length;
        if (Integer.bitCount(size) != 1 || imaginary.length != size) {
            throw new IllegalArgumentException("Cannot transform " + size + " points: the length must be a power of two");
        }
        for (int index = 1, reversed = 0; index < size; index++) {
            int bit = size >> 1;
            for (; (reversed & bit) != 0; bit >>= 1) {
                reversed ^= bit;
            }
            reversed ^= bit;
            if (index < reversed) {
                swap(real, index, reversed);
                swap(imaginary, index, reversed);
            }
        }
        for (int length = 2; length <= size; length <<= 1) {
            double angle = sign * 2 * Math.PI / length;
            double stepReal = Math.cos(angle);
            double stepImaginary = Math.sin(angle);
            for (int start = 0; start < size; start += length) {
                double twiddleReal = 1;
                double twiddleImaginary = 0;
                for (int offset = 0; offset < length / 2; offset++) {
                    int even = start + offset;
                    int odd = even + length / 2;
                    double oddReal = real[odd] * twiddleReal - imaginary[odd] * twiddleImaginary;
                    double oddImaginary = real[odd] * twiddleImaginary + imaginary[odd] * twiddleReal;
                    real[odd] = real[even] - oddReal;
                    imaginary[odd] = imaginary[even] - oddImaginary;
                    real[even] += oddReal;
                    imaginary[even] += oddImaginary;
                    double nextReal = twiddleReal * stepReal - twiddleImaginary * stepImaginary;
                    twiddleImaginary = twiddleReal * stepImaginary + twiddleImaginary * stepReal;
                    twiddleReal = nextReal;
                }
            }
        }
    }

    private static void swap(double[] values, int first, int second) {
        double kept = values[first];
        values[first] = values[second];
        values[second] = kept;
    }
}
