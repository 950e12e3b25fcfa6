package io.callqa.audio;

import java.nio.charset.StandardCharsets;

/**
 * Recognizes compressed audio files by their first bytes, so that each goes to its decoder whatever its name, and a
 * format callqa does not read is rejected as what it is, with how to convert it.
 */
final class CompressedAudio {
    enum Kind { MP3, FLAC, OGG, OTHER }

    private CompressedAudio() {}

    static Kind recognize(byte[] file) {
        if (startsWith(file, "ID3") || isMpegAudioFrame(file)) {
            return Kind.MP3;
        }
        if (startsWith(file, "fLaC")) {
            return Kind.FLAC;
        }
        return startsWith(file, "OggS") ? Kind.OGG : Kind.OTHER;
    }

    /** A name for a format callqa knows but does not read ("an AMR file"), or null. */
    static String describeUnsupported(byte[] file) {
        if (startsWith(file, "#!AMR")) {
            return "an AMR file";
        }
        if (file.length >= 12 && startsWith(file, "FORM") && new String(file, 8, 4, StandardCharsets.ISO_8859_1).startsWith("AIF")) {
            return "an AIFF file";
        }
        return null;
    }

    /** An MPEG audio frame header without an ID3 tag: eleven sync bits, then a valid layer. */
    private static boolean isMpegAudioFrame(byte[] file) {
        return file.length >= 4 && (file[0] & 0xFF) == 0xFF && (file[1] & 0xE0) == 0xE0 && (file[1] & 0x06) != 0;
    }

    private static boolean startsWith(byte[] file, String prefix) {
        byte[] bytes = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (file.length < bytes.length) {
            return false;
        }
        for (int index = 0; index < bytes.length; index++) {
            if (file[index] != bytes[index]) {
                return false;
            }
        }
        return true;
    }
}
