package io.callqa.audio;

import java.nio.charset.StandardCharsets;

/**
 * Recognizes compressed audio files by their first bytes, so that an MP3 or FLAC recording is rejected as what it is
 * rather than as "not a WAV file", and the reject says how to convert it.
 */
final class CompressedAudio {
    private CompressedAudio() {}

    /** A name for the file's format ("an MP3 file"), or null when it is none we know. */
    static String recognize(byte[] file) {
        if (startsWith(file, "ID3") || isMpegAudioFrame(file)) {
            return "an MP3 file";
        }
        if (startsWith(file, "fLaC")) {
            return "a FLAC file";
        }
        if (startsWith(file, "OggS")) {
            String head = new String(file, 0, Math.min(file.length, 128), StandardCharsets.ISO_8859_1);
            return head.contains("OpusHead") ? "an Ogg Opus file" : head.contains("vorbis") ? "an Ogg Vorbis file" : "an Ogg file";
        }
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
