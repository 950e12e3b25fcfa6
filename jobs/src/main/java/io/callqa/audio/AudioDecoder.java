package io.callqa.audio;

import static io.callqa.rejects.RejectReason.EMPTY_AUDIO;
import static io.callqa.rejects.RejectReason.NOT_WAV;
import static io.callqa.rejects.RejectReason.UNSUPPORTED_AUDIO_FORMAT;

import java.io.Serializable;
import java.util.List;

/**
 * Decodes a recording in any format callqa reads, recognized by its first bytes rather than its name: WAV (see
 * {@link WavDecoder}), raw GSM 06.10, MP3, FLAC, Ogg Opus, Ogg Vorbis and WebM/Matroska Opus. Every decoder checks the length the file
 * declares against the duration limit before it decodes, and stops when the decoded audio runs past it.
 */
public final class AudioDecoder implements Serializable {
    private final DurationLimit limit;

    public AudioDecoder(DurationLimit limit) {
        this.limit = limit;
    }

    public DecodedAudio decode(byte[] file) throws AudioFormatException {
        if (file.length == 0) {
            throw new AudioFormatException(EMPTY_AUDIO, "Cannot decode audio: the file is empty");
        }
        if (WavDecoder.isWav(file)) {
            return WavDecoder.decode(file, limit);
        }
        if (GsmFrames.isRaw(file)) {
            limit.check((long) file.length / GsmFrames.RAW_FRAME_BYTES * Gsm610Decoder.SAMPLES_PER_FRAME, 8000);
            return new DecodedAudio(8000, List.of(GsmFrames.decodeRaw(file)), "gsm");
        }
        switch (CompressedAudio.recognize(file)) {
            case MP3:
                return Mp3Decoder.decode(file, limit);
            case FLAC:
                return FlacDecoder.decode(file, limit);
            case OGG:
                return OggDecoder.decode(file, limit);
            default:
                break;
        }
        if (WebmDecoder.isWebm(file)) {
            return WebmDecoder.decode(file, limit);
        }
        String otherFormat = CompressedAudio.describeUnsupported(file);
        if (otherFormat != null) {
            throw new AudioFormatException(UNSUPPORTED_AUDIO_FORMAT, "Cannot decode audio: this is " + otherFormat
                    + ", which callqa does not read; convert it to WAV, e.g. with sox or ffmpeg");
        }
        throw new AudioFormatException(NOT_WAV, "Cannot decode audio: not a recording in any format callqa reads "
                + "(WAV, GSM, MP3, FLAC, Ogg Vorbis or Opus, WebM Opus)");
    }
}
