package io.callqa.audio;

import static io.callqa.rejects.RejectReason.EMPTY_AUDIO;
import static io.callqa.rejects.RejectReason.NOT_WAV;
import static io.callqa.rejects.RejectReason.TOO_MANY_CHANNELS;
import static io.callqa.rejects.RejectReason.TRUNCATED_AUDIO;
import static io.callqa.rejects.RejectReason.UNSUPPORTED_AUDIO_FORMAT;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes RIFF/WAVE files holding PCM (8, 16, 24, 32 bit), IEEE float, G.711 μ-law or A-law, GSM 06.10 (Microsoft
 * packing, Asterisk's WAV49), IMA ADPCM or Microsoft ADPCM.
 *
 * <p>We parse the container ourselves rather than going through {@code javax.sound}: that one silently
 * returns fewer frames when a header lies about its length, and we must tell a truncated recording from a
 * complete one to report it.
 */
public final class WavDecoder {
    private static final int FORMAT_PCM = 0x0001;
    private static final int FORMAT_MS_ADPCM = 0x0002;
    private static final int FORMAT_IEEE_FLOAT = 0x0003;
    private static final int FORMAT_ALAW = 0x0006;
    private static final int FORMAT_MULAW = 0x0007;
    private static final int FORMAT_IMA_ADPCM = 0x0011;
    private static final int FORMAT_GSM = 0x0031;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    private static final int MAX_CHANNELS = 2;
    private static final long UNKNOWN_LENGTH = 0xFFFFFFFFL;

    private WavDecoder() {}

    /** A RIFF/WAVE file's first bytes. */
    static boolean isWav(byte[] file) {
        return file.length >= 12 && tag(file, 0).equals("RIFF") && tag(file, 8).equals("WAVE");
    }

    /** Decodes a WAV file of at most {@link DurationLimit#DEFAULT}. */
    public static DecodedAudio decode(byte[] file) throws AudioFormatException {
        return decode(file, DurationLimit.DEFAULT);
    }

    public static DecodedAudio decode(byte[] file, DurationLimit limit) throws AudioFormatException {
        if (file.length == 0) {
            throw new AudioFormatException(EMPTY_AUDIO, "Cannot decode audio: the file is empty");
        }
        if (!isWav(file)) {
            throw new AudioFormatException(NOT_WAV, "Cannot decode audio: not a RIFF/WAVE file");
        }
        ByteBuffer buffer = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        Format format = null;
        long factFrames = -1;
        int position = 12;
        while (position + 8 <= file.length) {
            String chunk = tag(file, position);
            long declaredSize = Integer.toUnsignedLong(buffer.getInt(position + 4));
            int bodyStart = position + 8;
            if (chunk.equals("fmt ")) {
                format = readFormat(buffer, bodyStart, declaredSize);
            } else if (chunk.equals("fact") && declaredSize >= 4 && bodyStart + 4 <= file.length) {
                factFrames = Integer.toUnsignedLong(buffer.getInt(bodyStart));
            } else if (chunk.equals("data")) {
                if (format == null) {
                    throw new AudioFormatException(NOT_WAV, "Cannot decode audio: data chunk before fmt chunk");
                }
                return decodeData(file, bodyStart, declaredSize, format, factFrames, limit);
            }
            position = bodyStart + (int) Math.min(declaredSize + (declaredSize & 1), Integer.MAX_VALUE - bodyStart);
        }
        throw new AudioFormatException(format == null ? NOT_WAV : TRUNCATED_AUDIO,
                "Cannot decode audio: the file has no " + (format == null ? "fmt" : "data") + " chunk");
    }

    private static DecodedAudio decodeData(byte[] file, int start, long declaredSize, Format format, long factFrames,
            DurationLimit limit) throws AudioFormatException {
        long available = file.length - start;
        // A recorder killed before it patched its header leaves 0 there (streaming writers put 0xFFFFFFFF).
        // sox and ffmpeg read such a chunk to the end of the file, and so do we: the call is worth keeping.
        boolean lengthUnknown = declaredSize == 0 || declaredSize == UNKNOWN_LENGTH;
        int size = (int) (lengthUnknown ? available : Math.min(declaredSize, available));
        long frames = format.framesIn(size);
        if (factFrames >= 0 && !lengthUnknown && size == declaredSize) {
            // Block codecs pad their last block; the fact chunk says how many samples are real.
            frames = Math.min(frames, factFrames);
        }
        limit.check(frames, format.sampleRate());
        if (frames == 0) {
            if (size < declaredSize && !lengthUnknown) {
                throw new AudioFormatException(TRUNCATED_AUDIO, String.format(
                        "Cannot decode audio: the header declares %d bytes of audio but the file holds %d, "
                                + "not one whole block", declaredSize, available));
            }
            throw new AudioFormatException(EMPTY_AUDIO, "Cannot decode audio: the data chunk holds no samples");
        }
        List<short[]> channels = format.decode(file, start, size, (int) frames);
        Truncation truncation = null;
        if (!lengthUnknown && declaredSize > available) {
            truncation = new Truncation(format.framesIn(declaredSize) * 1000 / format.sampleRate(),
                    frames * 1000 / format.sampleRate());
        }
        return new DecodedAudio(format.sampleRate(), channels, format.encoding(), truncation);
    }

    /**
     * @param samplesPerBlock samples per channel in one block of {@code blockAlign} bytes (1 for PCM and G.711)
     * @param coefficients MS ADPCM's predictor coefficient pairs, else null
     */
    private record Format(int code, int channels, int sampleRate, int bitsPerSample, int blockAlign,
            int samplesPerBlock, int[][] coefficients) {
        String encoding() {
            return switch (code) {
                case FORMAT_PCM -> "pcm_s" + bitsPerSample + "le";
                case FORMAT_IEEE_FLOAT -> "float" + bitsPerSample;
                case FORMAT_ALAW -> "alaw";
                case FORMAT_MULAW -> "mulaw";
                case FORMAT_GSM -> "gsm";
                case FORMAT_IMA_ADPCM -> "ima_adpcm";
                case FORMAT_MS_ADPCM -> "ms_adpcm";
                default -> "0x" + Integer.toHexString(code);
            };
        }

        /** Samples per channel in {@code bytes} of data; a partial last block counts for what it holds. */
        long framesIn(long bytes) {
            long whole = bytes / blockAlign * samplesPerBlock;
            long rest = bytes % blockAlign;
            return switch (code) {
                case FORMAT_IMA_ADPCM -> whole + (rest >= 4L * channels ? ImaAdpcm.samplesPerBlock((int) rest, channels) : 0);
                case FORMAT_MS_ADPCM -> whole + (rest >= 7L * channels ? MsAdpcm.samplesPerBlock((int) rest, channels) : 0);
                default -> whole;
            };
        }

        List<short[]> decode(byte[] file, int start, int size, int frames) throws AudioFormatException {
            return switch (code) {
                case FORMAT_GSM -> List.of(Arrays.copyOf(
                        GsmFrames.decodeMicrosoft(file, start, size / blockAlign), frames));
                case FORMAT_IMA_ADPCM -> {
                    short[][] output = new short[channels][frames];
                    ImaAdpcm.decode(file, start, size, blockAlign, output);
                    yield List.of(output);
                }
                case FORMAT_MS_ADPCM -> {
                    short[][] output = new short[channels][frames];
                    MsAdpcm.decode(file, start, size, blockAlign, coefficients, output);
                    yield List.of(output);
                }
                default -> decodeSamples(file, start, frames, this);
            };
        }
    }

    private static Format readFormat(ByteBuffer buffer, int start, long size) throws AudioFormatException {
        if (size < 16 || start + 16 > buffer.limit()) {
            throw new AudioFormatException(NOT_WAV, "Cannot decode audio: the fmt chunk is shorter than 16 bytes");
        }
        int code = Short.toUnsignedInt(buffer.getShort(start));
        int channels = Short.toUnsignedInt(buffer.getShort(start + 2));
        int sampleRate = buffer.getInt(start + 4);
        int blockAlign = Short.toUnsignedInt(buffer.getShort(start + 12));
        int bits = Short.toUnsignedInt(buffer.getShort(start + 14));
        int extensionSize = size >= 18 && start + 18 <= buffer.limit() ? Short.toUnsignedInt(buffer.getShort(start + 16)) : 0;
        if (code == FORMAT_EXTENSIBLE && size >= 26 && start + 26 <= buffer.limit()) {
            // The first two bytes of the sub-format GUID are the plain format code.
            code = Short.toUnsignedInt(buffer.getShort(start + 24));
        }
        boolean supported = switch (code) {
            case FORMAT_PCM -> bits == 8 || bits == 16 || bits == 24 || bits == 32;
            case FORMAT_IEEE_FLOAT -> bits == 32;
            case FORMAT_ALAW, FORMAT_MULAW -> bits == 8;
            case FORMAT_GSM, FORMAT_IMA_ADPCM, FORMAT_MS_ADPCM -> true;
            default -> false;
        };
        if (!supported) {
            throw new AudioFormatException(UNSUPPORTED_AUDIO_FORMAT, String.format(
                    "Cannot decode audio: WAV format %s with %d bits per sample is not supported (use PCM, IEEE "
                            + "float, μ-law, A-law, GSM 06.10 or ADPCM)", describeCode(code), bits));
        }
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new AudioFormatException(TOO_MANY_CHANNELS, String.format(
                    "Cannot decode audio: %d channels; callqa takes mono or two-party stereo", channels));
        }
        if (sampleRate < 4000 || sampleRate > 192000) {
            throw new AudioFormatException(UNSUPPORTED_AUDIO_FORMAT,
                    "Cannot decode audio: sample rate " + sampleRate + " Hz is outside 4–192 kHz");
        }
        return switch (code) {
            case FORMAT_GSM -> {
                if (channels != 1 || blockAlign != GsmFrames.MICROSOFT_BLOCK_BYTES) {
                    throw new AudioFormatException(UNSUPPORTED_AUDIO_FORMAT, String.format(
                            "Cannot decode audio: GSM 06.10 with %d channels and %d-byte blocks; callqa reads mono "
                                    + "Microsoft GSM (65-byte blocks, as Asterisk and sox write)", channels, blockAlign));
                }
                yield new Format(code, 1, sampleRate, bits, blockAlign, GsmFrames.MICROSOFT_BLOCK_SAMPLES, null);
            }
            case FORMAT_IMA_ADPCM -> {
                requireAdpcmBlock(blockAlign, 4 * channels, "IMA ADPCM");
                yield new Format(code, channels, sampleRate, bits, blockAlign,
                        ImaAdpcm.samplesPerBlock(blockAlign, channels), null);
            }
            case FORMAT_MS_ADPCM -> {
                requireAdpcmBlock(blockAlign, 7 * channels, "MS ADPCM");
                yield new Format(code, channels, sampleRate, bits, blockAlign,
                        MsAdpcm.samplesPerBlock(blockAlign, channels), msAdpcmCoefficients(buffer, start, extensionSize));
            }
            default -> {
                if (blockAlign != channels * (bits / 8)) {
                    throw new AudioFormatException(NOT_WAV, String.format(
                            "Cannot decode audio: block align %d does not match %d channels of %d bits",
                            blockAlign, channels, bits));
                }
                yield new Format(code, channels, sampleRate, bits, blockAlign, 1, null);
            }
        };
    }

    private static void requireAdpcmBlock(int blockAlign, int headerBytes, String codec) throws AudioFormatException {
        if (blockAlign <= headerBytes) {
            throw new AudioFormatException(NOT_WAV, String.format(
                    "Cannot decode audio: %s blocks of %d bytes cannot hold their %d-byte headers",
                    codec, blockAlign, headerBytes));
        }
    }

    /** The coefficient pairs after cbSize, samples per block and their count; the standard seven when absent. */
    private static int[][] msAdpcmCoefficients(ByteBuffer buffer, int start, int extensionSize) {
        int count = extensionSize >= 4 ? Short.toUnsignedInt(buffer.getShort(start + 20)) : 0;
        if (count == 0 || extensionSize < 4 + 4 * count || start + 22 + 4 * count > buffer.limit()) {
            return MsAdpcm.STANDARD_COEFFICIENTS;
        }
        int[][] coefficients = new int[count][2];
        for (int index = 0; index < count; index++) {
            coefficients[index][0] = buffer.getShort(start + 22 + 4 * index);
            coefficients[index][1] = buffer.getShort(start + 24 + 4 * index);
        }
        return coefficients;
    }

    private static String describeCode(int code) {
        return code == 0x0055 ? "MP3" : "0x" + Integer.toHexString(code);
    }

    private static List<short[]> decodeSamples(byte[] file, int start, int frames, Format format) {
        ByteBuffer buffer = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int bytesPerSample = format.bitsPerSample() / 8;
        List<short[]> channels = new ArrayList<>();
        for (int channel = 0; channel < format.channels(); channel++) {
            short[] samples = new short[frames];
            for (int frame = 0; frame < frames; frame++) {
                int offset = start + frame * format.blockAlign() + channel * bytesPerSample;
                samples[frame] = sample(buffer, offset, format);
            }
            channels.add(samples);
        }
        return channels;
    }

    private static short sample(ByteBuffer buffer, int offset, Format format) {
        return switch (format.code()) {
            case FORMAT_MULAW -> G711.mulawToLinear(buffer.get(offset));
            case FORMAT_ALAW -> G711.alawToLinear(buffer.get(offset));
            case FORMAT_IEEE_FLOAT -> clip(Math.round(buffer.getFloat(offset) * 32768.0));
            default -> switch (format.bitsPerSample()) {
                case 8 -> (short) ((Byte.toUnsignedInt(buffer.get(offset)) - 128) << 8);
                case 16 -> buffer.getShort(offset);
                case 24 -> (short) (buffer.getShort(offset + 1));
                default -> buffer.getShort(offset + 2);
            };
        };
    }

    private static short clip(long value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
    }

    private static String tag(byte[] file, int position) {
        return new String(file, position, 4, StandardCharsets.US_ASCII);
    }
}
