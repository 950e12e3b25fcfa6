package io.callqa.audio;

import static io.callqa.rejects.RejectReason.CORRUPT_AUDIO;
import static io.callqa.rejects.RejectReason.UNSUPPORTED_AUDIO_FORMAT;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * WebM and Matroska files holding Opus (Genesys Cloud's and browsers' recordings): a small EBML reader that walks the
 * file's elements in order, entering the containers it needs (segment, tracks, clusters) and skipping the rest, and
 * hands each Opus frame of the first audio track to Concentus. Containers of unknown size (live recorders write them)
 * need no special case, since nothing here depends on where a container ends.
 */
final class WebmDecoder {
    private static final long EBML = 0x1A45DFA3L;
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TIMECODE_SCALE = 0x2AD7B1L;
    private static final long DURATION = 0x4489L;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long TRACK_ENTRY = 0xAEL;
    private static final long TRACK_NUMBER = 0xD7L;
    private static final long TRACK_TYPE = 0x83L;
    private static final long CODEC_ID = 0x86L;
    private static final long CODEC_PRIVATE = 0x63A2L;
    private static final long AUDIO = 0xE1L;
    private static final long CHANNELS = 0x9FL;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long SIMPLE_BLOCK = 0xA3L;
    private static final long BLOCK_GROUP = 0xA0L;
    private static final long BLOCK = 0xA1L;
    private static final Set<Long> CONTAINERS = Set.of(SEGMENT, INFO, TRACKS, TRACK_ENTRY, AUDIO, CLUSTER, BLOCK_GROUP);
    private static final int AUDIO_TRACK_TYPE = 2;
    private static final long UNKNOWN_SIZE = -1;

    private final byte[] file;
    private int position;

    private WebmDecoder(byte[] file) {
        this.file = file;
    }

    static boolean isWebm(byte[] file) {
        return file.length >= 4 && (file[0] & 0xFF) == 0x1A && (file[1] & 0xFF) == 0x45 && (file[2] & 0xFF) == 0xDF
                && (file[3] & 0xFF) == 0xA3;
    }

    static DecodedAudio decode(byte[] file, DurationLimit limit) throws AudioFormatException {
        return new WebmDecoder(file).decode(limit);
    }

    private static final class Track {
        long number;
        long type;
        String codec = "";
        byte[] codecPrivate;
    }

    private DecodedAudio decode(DurationLimit limit) throws AudioFormatException {
        List<Track> tracks = new ArrayList<>();
        long timecodeScale = 1_000_000;
        double duration = 0;
        Track audio = null;
        OggDecoder.OpusStream stream = null;
        Exception broken = null;
        try {
            while (position < file.length) {
                long id = readId();
                long size = readSize();
                if (CONTAINERS.contains(id)) {
                    if (id == TRACK_ENTRY) {
                        tracks.add(new Track());
                    }
                    continue;
                }
                if (size == UNKNOWN_SIZE || position + size > file.length) {
                    throw new IllegalStateException("element 0x" + Long.toHexString(id) + " runs past the end of the file");
                }
                int body = position;
                Track track = tracks.isEmpty() ? null : tracks.get(tracks.size() - 1);
                if (id == TIMECODE_SCALE) {
                    timecodeScale = unsigned(body, size);
                } else if (id == DURATION) {
                    duration = size == 4 ? Float.intBitsToFloat((int) unsigned(body, 4)) : Double.longBitsToDouble(unsigned(body, 8));
                } else if (track != null && id == TRACK_NUMBER) {
                    track.number = unsigned(body, size);
                } else if (track != null && id == TRACK_TYPE) {
                    track.type = unsigned(body, size);
                } else if (track != null && id == CODEC_ID) {
                    track.codec = new String(file, body, (int) size, StandardCharsets.US_ASCII).trim();
                } else if (track != null && id == CODEC_PRIVATE) {
                    track.codecPrivate = Arrays.copyOfRange(file, body, body + (int) size);
                } else if (id == SIMPLE_BLOCK || id == BLOCK) {
                    if (stream == null) {
                        audio = audioTrack(tracks);
                        long lengthMillis = (long) (duration * timecodeScale / 1_000_000);
                        stream = new OggDecoder.OpusStream(OggDecoder.OpusHead.parse(audio.codecPrivate),
                                lengthMillis * 48, false, limit);
                    }
                    readBlock(body, (int) size, audio.number, stream);
                }
                position = body + (int) size;
            }
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            broken = e;
        }
        if (stream == null) {
            throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: the WebM file holds no audio block"
                    + (broken == null ? "" : ": " + broken.getMessage()));
        }
        return stream.finish(broken);
    }

    private static Track audioTrack(List<Track> tracks) throws AudioFormatException {
        for (Track track : tracks) {
            if (track.type == AUDIO_TRACK_TYPE) {
                if (!track.codec.equals("A_OPUS") || track.codecPrivate == null) {
                    throw new AudioFormatException(UNSUPPORTED_AUDIO_FORMAT, "Cannot decode audio: this WebM/Matroska "
                            + "file holds " + track.codec + " audio; callqa reads Opus there (convert it, e.g. with ffmpeg)");
                }
                return track;
            }
        }
        throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: the WebM file has no audio track");
    }

    /** A (Simple)Block: track number, 16-bit time, flags, then one frame or several laced ones. */
    private void readBlock(int start, int size, long audioTrack, OggDecoder.OpusStream stream)
            throws AudioFormatException {
        position = start;
        long track = readSize();
        int flags = file[position + 2] & 0xFF;
        position += 3;
        int end = start + size;
        if (track != audioTrack) {
            return;
        }
        int lacing = (flags >> 1) & 3;
        if (lacing == 0) {
            stream.decode(Arrays.copyOfRange(file, position, end));
            return;
        }
        int frames = (file[position++] & 0xFF) + 1;
        long[] sizes = new long[frames];
        long known = 0;
        for (int frame = 0; frame < frames - 1; frame++) {
            switch (lacing) {
                case 1 -> { // Xiph: runs of 255
                    int value;
                    do {
                        value = file[position++] & 0xFF;
                        sizes[frame] += value;
                    } while (value == 255);
                }
                case 3 -> { // EBML: the first size, then signed differences
                    if (frame == 0) {
                        sizes[0] = readSize();
                    } else {
                        int before = position;
                        long raw = readSize();
                        int length = position - before;
                        sizes[frame] = sizes[frame - 1] + raw - ((1L << (7 * length - 1)) - 1);
                    }
                }
                default -> sizes[frame] = (end - position) / frames; // fixed
            }
            known += sizes[frame];
        }
        sizes[frames - 1] = lacing == 2 ? (end - position) / frames : end - position - known;
        for (long frameSize : sizes) {
            stream.decode(Arrays.copyOfRange(file, position, position + (int) frameSize));
            position += (int) frameSize;
        }
    }

    /** An element ID: its length marker bits are part of it. */
    private long readId() {
        int first = file[position] & 0xFF;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (length < 1 || length > 4) {
            throw new IllegalStateException("no EBML element at byte " + position);
        }
        long id = 0;
        for (int index = 0; index < length; index++) {
            id = id << 8 | (file[position++] & 0xFF);
        }
        return id;
    }

    /** A variable-length size (or track number): the marker bit removed; all ones means unknown. */
    private long readSize() {
        int first = file[position] & 0xFF;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (length < 1 || length > 8) {
            throw new IllegalStateException("bad EBML size at byte " + position);
        }
        long value = first & (0xFF >> length);
        boolean allOnes = value == (0xFF >> length);
        position++;
        for (int index = 1; index < length; index++) {
            int next = file[position++] & 0xFF;
            allOnes &= next == 0xFF;
            value = value << 8 | next;
        }
        return allOnes ? UNKNOWN_SIZE : value;
    }

    private long unsigned(int start, long size) {
        long value = 0;
        for (int index = 0; index < size; index++) {
            value = value << 8 | (file[start + index] & 0xFF);
        }
        return value;
    }
}
