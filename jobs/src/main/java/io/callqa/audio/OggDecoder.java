package io.callqa.audio;

import static io.callqa.rejects.RejectReason.CORRUPT_AUDIO;
import static io.callqa.rejects.RejectReason.UNSUPPORTED_AUDIO_FORMAT;

import com.jcraft.jogg.Packet;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;
import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gagravarr.ogg.OggPacket;
import org.gagravarr.ogg.OggPacketReader;

/**
 * Ogg files holding Opus (Concentus) or Vorbis (JOrbis), packet by packet; the Ogg pages are read with
 * vorbis-java-core. The last page's granule position gives the length before anything is decoded. A stream that
 * breaks off, or ends without its end-of-stream page, keeps what was decoded and is reported as truncated.
 */
final class OggDecoder {
    /** Opus packets last at most 120 ms; at 48 kHz that is 5760 samples per channel. */
    private static final int MAX_OPUS_FRAME_48K = 5760;
    private static final int[] OPUS_RATES = {8000, 12000, 16000, 24000, 48000};

    private OggDecoder() {}

    static DecodedAudio decode(byte[] file, DurationLimit limit) throws AudioFormatException {
        try {
            OggPacketReader reader = new OggPacketReader(new ByteArrayInputStream(file));
            OggPacket first = reader.getNextPacket();
            if (first == null) {
                throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: the Ogg file holds no packet");
            }
            byte[] head = first.getData();
            if (startsWith(head, "OpusHead")) {
                return decodeOpus(head, reader, first.getSid(), lastGranule(file), limit);
            }
            if (head.length > 7 && head[0] == 1 && startsWith(head, 1, "vorbis")) {
                return decodeVorbis(first, reader, lastGranule(file), limit);
            }
            throw new AudioFormatException(UNSUPPORTED_AUDIO_FORMAT,
                    "Cannot decode audio: this Ogg file holds neither Opus nor Vorbis; convert it to WAV, e.g. with ffmpeg");
        } catch (IOException | RuntimeException e) {
            throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: the Ogg stream is damaged: " + e);
        }
    }

    /** Opus in Ogg (RFC 7845), decoded at the rate the encoder was given when Opus has it, else at 48 kHz. */
    private static DecodedAudio decodeOpus(byte[] head, OggPacketReader reader, int streamId, long lastGranule,
            DurationLimit limit) throws AudioFormatException, IOException {
        OpusStream stream = new OpusStream(OpusHead.parse(head), lastGranule, true, limit);
        reader.getNextPacketWithSid(streamId); // OpusTags
        Exception broken = null;
        boolean ended = false;
        try {
            for (OggPacket packet = reader.getNextPacketWithSid(streamId); packet != null;
                    packet = reader.getNextPacketWithSid(streamId)) {
                stream.decode(packet.getData());
                ended = packet.isEndOfStream();
            }
        } catch (IOException | RuntimeException e) {
            broken = e;
        }
        return stream.finish(broken != null || ended ? broken : new IOException("no end-of-stream page"));
    }

    /** An Opus stream's packets decoded into channel buffers, whatever container carried them. */
    static final class OpusStream {
        private final OpusHead head;
        private final int rate;
        private final OpusDecoder decoder;
        private final ChannelBuffers output;
        private final short[] frame;
        private final long expectedFrames;

        /**
         * @param lengthAt48k the stream's length in 48 kHz samples, pre-skip included; 0 when unknown
         * @param exactEnd whether that length is exact (an Ogg granule position) rather than rounded (WebM's duration)
         */
        OpusStream(OpusHead head, long lengthAt48k, boolean exactEnd, DurationLimit limit) throws AudioFormatException {
            this.head = head;
            this.rate = opusRate(head.inputRate());
            long frames = Math.max(0, lengthAt48k - head.preSkip()) * rate / 48000;
            this.expectedFrames = exactEnd ? frames : 0;
            // First, so that a stream of more than two channels is rejected as such.
            this.output = new ChannelBuffers(head.channels(), rate, limit, frames);
            try {
                this.decoder = new OpusDecoder(rate, head.channels());
            } catch (OpusException e) {
                throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: bad Opus header: " + e.getMessage());
            }
            this.frame = new short[MAX_OPUS_FRAME_48K * rate / 48000 * head.channels()];
        }

        void decode(byte[] packet) throws AudioFormatException {
            try {
                int samples = decoder.decode(packet, 0, packet.length, frame, 0, frame.length / head.channels(), false);
                output.appendInterleaved(frame, 0, samples);
            } catch (OpusException e) {
                throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: a damaged Opus packet: " + e.getMessage());
            }
        }

        /** @param brokenBy why the stream ended before its end, or null when it ended as it should */
        DecodedAudio finish(Exception brokenBy) throws AudioFormatException {
            output.dropFirst((int) ((long) head.preSkip() * rate / 48000));
            if (expectedFrames > 0) {
                // The last page's granule position says where the audio ends; the last packet is padded past it.
                output.keepFirst(expectedFrames);
            }
            return output.toAudio("opus", brokenBy, 0, "Opus");
        }

        private static int opusRate(long inputRate) {
            for (int rate : OPUS_RATES) {
                if (inputRate > 0 && inputRate <= rate) {
                    return rate;
                }
            }
            return 48000;
        }
    }

    /** The identification header of an Opus stream (RFC 7845 section 5.1). */
    record OpusHead(int channels, int preSkip, long inputRate) {
        static OpusHead parse(byte[] head) throws AudioFormatException {
            if (head.length < 19 || !startsWith(head, "OpusHead")) {
                throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: the Opus header is damaged");
            }
            int channels = head[9] & 0xFF;
            int preSkip = (head[10] & 0xFF) | (head[11] & 0xFF) << 8;
            long inputRate = (head[12] & 0xFFL) | (head[13] & 0xFFL) << 8 | (head[14] & 0xFFL) << 16 | (head[15] & 0xFFL) << 24;
            return new OpusHead(channels, preSkip, inputRate);
        }
    }

    private static DecodedAudio decodeVorbis(OggPacket first, OggPacketReader reader, long lastGranule,
            DurationLimit limit) throws AudioFormatException, IOException {
        Info info = new Info();
        Comment comment = new Comment();
        info.init();
        comment.init();
        OggPacket packet = first;
        for (int header = 0; header < 3; header++) {
            if (packet == null || info.synthesis_headerin(comment, jorbisPacket(packet, header)) < 0) {
                throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: the Vorbis headers are damaged");
            }
            if (header < 2) {
                packet = reader.getNextPacketWithSid(first.getSid());
            }
        }
        DspState dsp = new DspState();
        dsp.synthesis_init(info);
        Block block = new Block(dsp);
        ChannelBuffers output = new ChannelBuffers(info.channels, info.rate, limit, Math.max(0, lastGranule));
        float[][][] pcm = new float[1][][];
        int[] offsets = new int[info.channels];
        long number = 3;
        Exception broken = null;
        boolean ended = false;
        try {
            for (packet = reader.getNextPacketWithSid(first.getSid()); packet != null;
                    packet = reader.getNextPacketWithSid(first.getSid())) {
                if (block.synthesis(jorbisPacket(packet, number++)) == 0) {
                    dsp.synthesis_blockin(block);
                }
                for (int samples; (samples = dsp.synthesis_pcmout(pcm, offsets)) > 0; ) {
                    output.appendPlanar(pcm[0], offsets, samples);
                    dsp.synthesis_read(samples);
                }
                ended = packet.isEndOfStream();
            }
        } catch (IOException | RuntimeException e) {
            broken = e;
        }
        return output.toAudio("vorbis", broken != null || ended ? broken : new IOException("no end-of-stream page"),
                0, "Vorbis");
    }

    private static Packet jorbisPacket(OggPacket packet, long number) {
        Packet converted = new Packet();
        converted.packet_base = packet.getData();
        converted.packet = 0;
        converted.bytes = converted.packet_base.length;
        converted.b_o_s = number == 0 ? 1 : 0;
        converted.e_o_s = packet.isEndOfStream() ? 1 : 0;
        converted.granulepos = packet.getGranulePosition();
        converted.packetno = number;
        return converted;
    }

    /** The granule position of the file's last page: its length in samples (at 48 kHz for Opus). */
    private static long lastGranule(byte[] file) {
        for (int position = file.length - 27; position >= 0; position--) {
            if (file[position] == 'O' && file[position + 1] == 'g' && file[position + 2] == 'g' && file[position + 3] == 'S') {
                long granule = 0;
                for (int index = 7; index >= 0; index--) {
                    granule = granule << 8 | (file[position + 6 + index] & 0xFF);
                }
                return granule;
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return startsWith(bytes, 0, prefix);
    }

    private static boolean startsWith(byte[] bytes, int offset, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int index = 0; index < expected.length; index++) {
            if (bytes[offset + index] != expected[index]) {
                return false;
            }
        }
        return true;
    }
}
