package io.callqa.samples;

import io.callqa.line.Stretch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Puts a synthetic call's channels through a {@link LineCondition}: hold music and keypad tones into the gaps the
 * condition opened, a quieter customer, each party leaking into the other's channel, clipping, a band-limited
 * line, background noise and a GSM round trip — in the order a real line and recorder apply them.
 */
final class LineSimulator {
    private static final int RATE = TextToSpeech.SAMPLE_RATE;
    private static final long TONE_MILLIS = 90;
    private static final long TONE_GAP_MILLIS = 110;
    private static final long EVENT_MARGIN_MILLIS = 500;

    private LineSimulator() {}

    /** What the condition put into the recording besides speech, for the ground truth. */
    record Events(List<Stretch> holds, List<Stretch> tones) {}

    /** The script with room made for the condition's hold music and keypad tones. */
    static CallScript reshape(CallScript script, LineCondition condition) {
        List<Turn> turns = new ArrayList<>(script.turns());
        if (condition.holdMusicMillis() > 0) {
            int middle = holdTurn(script);
            Turn turn = turns.get(middle);
            turns.set(middle, new Turn(turn.party(), turn.text(),
                    Math.max(0, turn.gapBeforeMillis()) + condition.holdMusicMillis() + 2 * EVENT_MARGIN_MILLIS));
        }
        if (!condition.keypadDigits().isEmpty()) {
            int keyed = toneTurn(script);
            Turn turn = turns.get(keyed);
            turns.set(keyed, new Turn(turn.party(), turn.text(), Math.max(0, turn.gapBeforeMillis())
                    + condition.keypadDigits().length() * (TONE_MILLIS + TONE_GAP_MILLIS) + 2 * EVENT_MARGIN_MILLIS));
        }
        return new CallScript(script.callId(), script.agentId(), script.startedAt(), script.queue(), script.direction(),
                script.customerId(), script.agentChannel(), script.agentVoice(), script.customerVoice(), turns);
    }

    static Events apply(short[][] channels, CallScript script, List<TimedTurn> turns, List<SpeechClip> clips,
            LineCondition condition) {
        long seed = script.callId().hashCode() * 131L + condition.name().hashCode();
        List<Stretch> holds = new ArrayList<>();
        List<Stretch> tones = new ArrayList<>();
        double[][] signal = new double[2][];
        for (int channel = 0; channel < 2; channel++) {
            signal[channel] = new double[channels[channel].length];
            for (int index = 0; index < channels[channel].length; index++) {
                signal[channel][index] = channels[channel][index];
            }
        }
        if (condition.holdMusicMillis() > 0) {
            long start = turns.get(holdTurn(script)).startMillis() - EVENT_MARGIN_MILLIS - condition.holdMusicMillis();
            holds.add(new Stretch(start, start + condition.holdMusicMillis()));
            add(signal[script.agentChannel()], start, LineSounds.holdMusic(condition.holdMusicMillis(), RATE));
        }
        if (!condition.keypadDigits().isEmpty()) {
            int keyed = toneTurn(script);
            long start = turns.get(keyed - 1).endMillis() + EVENT_MARGIN_MILLIS;
            for (char digit : condition.keypadDigits().toCharArray()) {
                add(signal[script.customerChannel()], start, LineSounds.keypadTone(digit, TONE_MILLIS, RATE));
                tones.add(new Stretch(start, start + TONE_MILLIS));
                start += TONE_MILLIS + TONE_GAP_MILLIS;
            }
        }
        scale(signal[script.customerChannel()], Math.pow(10, condition.customerGainDecibels() / 20));
        if (condition.bleedDecibels() != null) {
            double gain = Math.pow(10, condition.bleedDecibels() / 20);
            int delay = (int) (condition.bleedDelayMillis() * RATE / 1000);
            double[][] original = {signal[0].clone(), signal[1].clone()};
            for (int channel = 0; channel < 2; channel++) {
                double[] other = original[1 - channel];
                for (int index = delay + 2; index < signal[channel].length; index++) {
                    // A short low-pass on the leak path: echo paths smear a voice over a few samples.
                    int source = index - delay;
                    signal[channel][index] += gain * (0.25 * other[source] + 0.5 * other[source - 1] + 0.25 * other[source - 2]);
                }
            }
        }
        if (condition.clipped()) {
            double[] agent = signal[script.agentChannel()];
            for (int index = 0; index < agent.length; index++) {
                agent[index] = Math.max(-32767, Math.min(32767, agent[index] * 4));
            }
        }
        for (int channel = 0; channel < 2; channel++) {
            if (condition.bandLimited()) {
                signal[channel] = Biquad.highPass(300, RATE).then(Biquad.highPass(300, RATE))
                        .then(Biquad.lowPass(3400, RATE)).then(Biquad.lowPass(3400, RATE)).filter(signal[channel]);
            }
            if (condition.noise() != null) {
                double speechPower = speechPower(signal[channel], turns, channel);
                double[] noise = noise(condition.noise(), signal[channel].length, seed * 7 + channel, clips);
                double noisePower = 0;
                for (double value : noise) {
                    noisePower += value * value;
                }
                noisePower /= noise.length;
                double noiseGain = Math.sqrt(speechPower / noisePower / Math.pow(10, condition.noiseSnrDecibels() / 10));
                for (int index = 0; index < noise.length; index++) {
                    signal[channel][index] += noise[index] * noiseGain;
                }
            }
        }
        for (int channel = 0; channel < 2; channel++) {
            for (int index = 0; index < channels[channel].length; index++) {
                channels[channel][index] = (short) Math.max(-32768, Math.min(32767, Math.round(signal[channel][index])));
            }
            if (condition.gsm()) {
                channels[channel] = GsmRoundTrip.apply(channels[channel]);
            }
        }
        return new Events(holds, tones);
    }

    /** The agent puts the customer on hold before the agent's turn nearest the middle of the call. */
    private static int holdTurn(CallScript script) {
        int middle = script.turns().size() / 2;
        for (int index = middle; index < script.turns().size(); index++) {
            if (index > 0 && script.turns().get(index).party() == Party.AGENT) {
                return index;
            }
        }
        return Math.max(1, middle);
    }

    /** The customer keys digits before the customer's second turn (or the last turn). */
    private static int toneTurn(CallScript script) {
        int seen = 0;
        for (int index = 1; index < script.turns().size(); index++) {
            if (script.turns().get(index).party() == Party.CUSTOMER && ++seen == 2) {
                return index;
            }
        }
        return script.turns().size() - 1;
    }

    private static void add(double[] channel, long startMillis, short[] sound) {
        int first = (int) (startMillis * RATE / 1000);
        for (int index = 0; index < sound.length && first + index < channel.length; index++) {
            channel[first + index] += sound[index];
        }
    }

    private static void scale(double[] signal, double gain) {
        for (int index = 0; index < signal.length; index++) {
            signal[index] *= gain;
        }
    }

    /** Mean power of a channel over its party's turns. */
    private static double speechPower(double[] signal, List<TimedTurn> turns, int channel) {
        double sum = 0;
        long count = 0;
        for (TimedTurn turn : turns) {
            if (turn.channel() != channel) {
                continue;
            }
            for (int index = (int) (turn.startMillis() * RATE / 1000); index < Math.min(signal.length, turn.endMillis() * RATE / 1000); index++) {
                sum += signal[index] * signal[index];
                count++;
            }
        }
        return count == 0 ? 1 : sum / count;
    }

    private static double[] noise(LineCondition.Noise kind, int length, long seed, List<SpeechClip> clips) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] noise = new double[length];
        switch (kind) {
            case PINK -> {
                // Paul Kellet's economy pink filter over white noise.
                double b0 = 0, b1 = 0, b2 = 0;
                for (int index = 0; index < length; index++) {
                    double white = random.nextDouble() * 2 - 1;
                    b0 = 0.99765 * b0 + white * 0.0990460;
                    b1 = 0.96300 * b1 + white * 0.2965164;
                    b2 = 0.57000 * b2 + white * 1.0526913;
                    noise[index] = b0 + b1 + b2 + white * 0.1848;
                }
            }
            case BROWN -> {
                double level = 0;
                for (int index = 0; index < length; index++) {
                    level = 0.995 * level + (random.nextDouble() * 2 - 1);
                    noise[index] = level;
                }
            }
            case BABBLE -> {
                // Six voices of the call's own sentences at random places: a busy contact centre floor.
                for (int voice = 0; voice < 6; voice++) {
                    int position = 0;
                    while (position < length) {
                        short[] speech = clips.get(random.nextInt(clips.size())).samples();
                        for (int index = 0; index < speech.length && position + index < length; index++) {
                            noise[position + index] += speech[index];
                        }
                        position += speech.length + random.nextInt(RATE / 2);
                    }
                }
            }
        }
        return noise;
    }

    /** A GSM 06.10 encode and decode by sox (Debian package sox), as on a mobile leg of the call. */
    private static final class GsmRoundTrip {
        static short[] apply(short[] samples) {
            Path folder = null;
            try {
                folder = Files.createTempDirectory("callqa-gsm");
                Path raw = folder.resolve("in.raw");
                ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
                for (short sample : samples) {
                    bytes.putShort(sample);
                }
                Files.write(raw, bytes.array());
                Path gsm = folder.resolve("coded.gsm");
                Path back = folder.resolve("out.raw");
                run(folder, "sox", "-t", "raw", "-r", "8000", "-e", "signed-integer", "-b", "16", "-c", "1",
                        raw.toString(), gsm.toString());
                run(folder, "sox", gsm.toString(), "-t", "raw", "-e", "signed-integer", "-b", "16", back.toString());
                ByteBuffer decoded = ByteBuffer.wrap(Files.readAllBytes(back)).order(ByteOrder.LITTLE_ENDIAN);
                short[] output = new short[samples.length];
                for (int index = 0; index < output.length && decoded.remaining() >= 2; index++) {
                    output[index] = decoded.getShort();
                }
                return output;
            } catch (IOException e) {
                throw new SampleGenerationException("Cannot simulate a GSM line: " + e.getMessage(), e);
            } finally {
                TextToSpeech.deleteQuietly(folder);
            }
        }

        private static void run(Path folder, String... command) throws IOException {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("sox.log").toFile()).start();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new SampleGenerationException("Cannot simulate a GSM line: sox failed ("
                            + Files.readString(folder.resolve("sox.log")).strip() + "); apt-get install sox");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SampleGenerationException("Cannot simulate a GSM line: interrupted", e);
            }
        }
    }
}
