package io.callqa.audio;

import static io.callqa.rejects.RejectReason.CORRUPT_AUDIO;

import java.io.ByteArrayInputStream;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/**
 * MP3 (MPEG-1, 2 and 2.5 audio, layers I–III) with JLayer, frame by frame; stereo stays two channels. A stream that
 * breaks off keeps the frames before the break.
 */
final class Mp3Decoder {
    private Mp3Decoder() {}

    static DecodedAudio decode(byte[] file, DurationLimit limit) throws AudioFormatException {
        Bitstream stream = new Bitstream(new ByteArrayInputStream(file));
        Header header;
        try {
            header = stream.readFrame();
        } catch (BitstreamException | RuntimeException e) {
            throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: the MP3 stream is damaged: " + e.getMessage());
        }
        if (header == null) {
            throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: the MP3 file holds no audio frame");
        }
        int channelCount = header.mode() == Header.SINGLE_CHANNEL ? 1 : 2;
        // An MP3 file does not say how long it is (a first frame's bit rate says nothing of a VBR file's), so the
        // limit is checked as the frames are decoded.
        ChannelBuffers output = new ChannelBuffers(channelCount, header.frequency(), limit, 0);
        Decoder decoder = new Decoder();
        Exception broken = null;
        try {
            for (; header != null; header = stream.readFrame()) {
                SampleBuffer samples = (SampleBuffer) decoder.decodeFrame(header, stream);
                output.appendInterleaved(samples.getBuffer(), 0, samples.getBufferLength() / channelCount);
                stream.closeFrame();
            }
        } catch (BitstreamException | DecoderException | RuntimeException e) {
            broken = e;
        }
        return output.toAudio("mp3", broken, 0, "MP3");
    }
}
