package io.callqa.audio;

import static io.callqa.rejects.RejectReason.CORRUPT_AUDIO;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jflac.PCMProcessor;
import org.jflac.metadata.StreamInfo;
import org.jflac.util.ByteData;

/**
 * FLAC with jFLAC, frame by frame; the length in the stream header is checked against the limit first, and a stream
 * that ends before it keeps what it holds.
 */
final class FlacDecoder {
    private FlacDecoder() {}

    static DecodedAudio decode(byte[] file, DurationLimit limit) throws AudioFormatException {
        org.jflac.FLACDecoder decoder = new org.jflac.FLACDecoder(new ByteArrayInputStream(file));
        Collector collector = null;
        try {
            decoder.readMetadata();
            StreamInfo info = decoder.getStreamInfo();
            if (info == null) {
                throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: the FLAC file has no stream header");
            }
            ChannelBuffers output = new ChannelBuffers(info.getChannels(), info.getSampleRate(), limit,
                    info.getTotalSamples());
            collector = new Collector(output, (info.getBitsPerSample() + 7) / 8);
            decoder.addPCMProcessor(collector);
            Exception broken = null;
            try {
                decoder.decodeFrames();
            } catch (IOException | RuntimeException e) {
                if (e instanceof StopDecoding) {
                    throw e;
                }
                broken = e;
            }
            return output.toAudio("flac", broken, info.getTotalSamples(), "FLAC");
        } catch (StopDecoding e) {
            throw collector.failure;
        } catch (IOException | RuntimeException e) {
            throw new AudioFormatException(CORRUPT_AUDIO, "Cannot decode audio: the FLAC stream is damaged: " + e.getMessage());
        }
    }

    /** Turns jFLAC's little-endian PCM bytes into 16-bit samples; a failure is kept for after the decode. */
    private static final class Collector implements PCMProcessor {
        private final ChannelBuffers output;
        private final int bytesPerSample;
        private AudioFormatException failure;

        Collector(ChannelBuffers output, int bytesPerSample) {
            this.output = output;
            this.bytesPerSample = bytesPerSample;
        }

        @Override
        public void processStreamInfo(StreamInfo info) {}

        @Override
        public void processPCM(ByteData pcm) {
            if (failure != null) {
                return;
            }
            byte[] bytes = pcm.getData();
            int samples = pcm.getLen() / bytesPerSample;
            short[] converted = new short[samples];
            for (int index = 0; index < samples; index++) {
                int offset = index * bytesPerSample;
                converted[index] = switch (bytesPerSample) {
                    case 1 -> (short) (((bytes[offset] & 0xFF) - 128) << 8);
                    case 2 -> (short) ((bytes[offset] & 0xFF) | bytes[offset + 1] << 8);
                    default -> (short) ((bytes[offset + bytesPerSample - 2] & 0xFF) | bytes[offset + bytesPerSample - 1] << 8);
                };
            }
            try {
                output.appendInterleaved(converted, 0, samples / output.channelCount());
            } catch (AudioFormatException e) {
                failure = e;
                throw new StopDecoding();
            }
        }
    }

    /** Unwinds jFLAC's decode loop once the recording has run past the limit. */
    private static final class StopDecoding extends RuntimeException {
        StopDecoding() {
            super("stopped", null, false, false);
        }
    }
}
