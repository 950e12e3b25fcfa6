package io.callqa.audio;

import static io.callqa.rejects.RejectReason.EMPTY_AUDIO;
import static io.callqa.rejects.RejectReason.NOT_WAV;
import static io.callqa.rejects.RejectReason.TOO_MANY_CHANNELS;
import static io.callqa.rejects.RejectReason.TRUNCATED_AUDIO;
import static io.callqa.rejects.RejectReason.UNSUPPORTED_AUDIO_FORMAT;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes RIFF/WAVE files holding PCM (8, 16, 24, 32 bit), IEEE float, G.711 μ-law or A-law.
 *
 * <p>We parse the container ourselves rather than going through {@code javax.sound}: that one silently
 * returns fewer frames when a header lies about its length, and we must tell a truncated recording from a
 * complete one to reject it with the right reason.
 */
public final class WavDecoder {
    private static final int FORMAT_PCM = 0x0001;
    private static final int FORMAT_IEEE_FLOAT = 0x0003;
    private static final int FORMAT_ALAW = 0x0006;
    private static final int FORMAT_MULAW = 0x0007;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    private static final int MAX_CHANNELS = 2;

    private WavDecoder() {}

    public static DecodedAudio decode(byte[] file) throws AudioFormatException {
        ByteBuffer buffer = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length == 0) {
            throw new AudioFormatException(EMPTY_AUDIO, "Cannot decode audio: the file is empty");
        }
        if (file.length < 12 || !tag(buffer, 0).equals("RIFF") || !tag(buffer, 8).equals("WAVE")) {
            String otherFormat = CompressedAudio.recognize(file);
            if (otherFormat != null) {
                throw new AudioFormatException(UNSUPPORTED_AUDIO_FORMAT, "Cannot decode audio: this is " + otherFormat
                        + ", not WAV; convert it to WAV (PCM, μ-law or A-law), e.g. with sox or ffmpeg");
            }
            throw new AudioFormatException(NOT_WAV, "Cannot decode audio: not a RIFF/WAVE file");
        }
        Format format = null;
        int position = 12;
        while (position + 8 <= file.length) {
            String chunk = tag(buffer, position);
            long declaredSize = Integer.toUnsignedLong(buffer.getInt(position + 4));
            int bodyStart = position + 8;
            if (chunk.equals("fmt ")) {
                format = readFormat(buffer, bodyStart, declaredSize);
            } else if (chunk.equals("data")) {
                if (format == null) {
                    throw new AudioFormatException(NOT_WAV, "Cannot decode audio: data chunk before fmt chunk");
                }
                long available = file.length - bodyStart;
                if (declaredSize > available && declaredSize != 0xFFFFFFFFL) {
                    throw new AudioFormatException(TRUNCATED_AUDIO, String.format(
                            "Cannot decode audio: the header declares %d bytes of audio but the file holds %d",
                            declaredSize, available));
                }
                // A recorder killed before it patched its header leaves 0 there (streaming writers put 0xFFFFFFFF).
                // sox and ffmpeg read such a chunk to the end of the file, and so do we: the call is worth keeping.
                boolean lengthUnknown = declaredSize == 0 || declaredSize == 0xFFFFFFFFL;
                int size = (int) (lengthUnknown ? available : Math.min(declaredSize, available));
                return decodeSamples(buffer, bodyStart, size, format);
            }
            position = bodyStart + (int) Math.min(declaredSize + (declaredSize & 1), Integer.MAX_VALUE - bodyStart);
        }
        throw new AudioFormatException(format == null ? NOT_WAV : TRUNCATED_AUDIO,
                "Cannot decode audio: the file has no " + (format == null ? "fmt" : "data") + " chunk");
    }

    private record Format(int code, int channels, int sampleRate, int bitsPerSample, int blockAlign) {
        String encoding() {
            return switch (code) {
                case FORMAT_PCM -> "pcm_s" + bitsPerSample + "le";
                case FORMAT_IEEE_FLOAT -> "float" + bitsPerSample;
                case FORMAT_ALAW -> "alaw";
                case FORMAT_MULAW -> "mulaw";
                default -> "0x" + Integer.toHexString(code);
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
        if (code == FORMAT_EXTENSIBLE && size >= 26 && start + 26 <= buffer.limit()) {
            // The first two bytes of the sub-format GUID are the plain format code.
            code = Short.toUnsignedInt(buffer.getShort(start + 24));
        }
        Format format = new Format(code, channels, sampleRate, bits, blockAlign);
        boolean supported = switch (code) {
            case FORMAT_PCM -> bits == 8 || bits == 16 || bits == 24 || bits == 32;
            case FORMAT_IEEE_FLOAT -> bits == 32;
            case FORMAT_ALAW, FORMAT_MULAW -> bits == 8;
            default -> false;
        };
        if (!supported) {
            throw new AudioFormatException(UNSUPPORTED_AUDIO_FORMAT, String.format(
                    "Cannot decode audio: WAV format %s with %d bits per sample is not supported "
                            + "(use PCM, IEEE float, μ-law or A-law)", describeCode(code), bits));
        }
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new AudioFormatException(TOO_MANY_CHANNELS, String.format(
                    "Cannot decode audio: %d channels; callqa takes mono or two-party stereo", channels));
        }
        if (sampleRate < 4000 || sampleRate > 192000) {
            throw new AudioFormatException(UNSUPPORTED_AUDIO_FORMAT,
                    "Cannot decode audio: sample rate " + sampleRate + " Hz is outside 4–192 kHz");
        }
        if (blockAlign != channels * (bits / 8)) {
            throw new AudioFormatException(NOT_WAV, String.format(
                    "Cannot decode audio: block align %d does not match %d channels of %d bits",
                    blockAlign, channels, bits));
        }
        return format;
    }

    private static String describeCode(int code) {
        return switch (code) {
            case 0x0002 -> "MS ADPCM";
            case 0x0011 -> "IMA ADPCM";
            case 0x0031 -> "GSM 6.10";
            case 0x0055 -> "MP3";
            default -> "0x" + Integer.toHexString(code);
        };
    }

    private static DecodedAudio decodeSamples(ByteBuffer buffer, int start, int size, Format format)
            throws AudioFormatException {
        int frames = size / format.blockAlign();
        if (frames == 0) {
            throw new AudioFormatException(EMPTY_AUDIO, "Cannot decode audio: the data chunk holds no samples");
        }
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
        return new DecodedAudio(format.sampleRate(), channels, format.encoding());
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

    private static String tag(ByteBuffer buffer, int position) {
        byte[] bytes = new byte[4];
        buffer.get(position, bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
