package io.callqa.transcribe;

import io.callqa.rules.Speaker;
import io.callqa.speakers.SegmentRole;
import io.callqa.speakers.SeparatedSpeakers;
import io.callqa.speakers.SpeakerSeparator;
import io.callqa.speakers.VoicedSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives the utterances of a mono recording their roles. On one channel the recognizer's end points come at pauses,
 * not at turn changes: an utterance often runs over two or three turns. Each utterance is therefore cut where its
 * words pause, each piece is fingerprinted on its own audio and the pieces go to the {@link SpeakerSeparator}; the
 * pieces become the call's utterances, each with its role and how sure that is.
 */
public final class MonoSpeakerSeparation {
    /**
     * Words this far apart are cut into separate pieces. A turn change on a recording of both parties leaves a pause
     * (half a second between polite speakers); the pauses between the words of one sentence are shorter.
     */
    static final long CUT_GAP_MILLIS = 250;
    /** Audio on either side of a piece given to the speaker model, for the edges of its first and last word. */
    private static final long PADDING_MILLIS = 100;

    private final VoiceprintReader voiceprints;
    private final SpeakerSeparator separator;

    public MonoSpeakerSeparation(VoiceprintReader voiceprints, SpeakerSeparator separator) {
        this.voiceprints = voiceprints;
        this.separator = separator;
    }

    /** The utterances with roles, and how many voices the call has. */
    public record Separated(List<Utterance> utterances, SpeakerSeparation separation) {}

    /**
     * @param recognized the recognizer's utterances of the one channel, in order
     * @param samples that channel at {@link SpeechRecognizer#SAMPLE_RATE}, as it was recognized
     */
    public Separated separate(List<Utterance> recognized, short[] samples) {
        List<List<Word>> pieces = new ArrayList<>();
        for (Utterance utterance : recognized) {
            pieces.addAll(cutAtPauses(utterance.words()));
        }
        List<VoicedSegment> segments = new ArrayList<>();
        for (List<Word> piece : pieces) {
            long start = piece.get(0).startMillis();
            long end = piece.get(piece.size() - 1).endMillis();
            segments.add(new VoicedSegment(start, end, text(piece), voiceprints.read(slice(samples, start, end))));
        }
        SeparatedSpeakers speakers = separator.separate(segments);
        List<Utterance> utterances = new ArrayList<>();
        for (int index = 0; index < pieces.size(); index++) {
            List<Word> piece = pieces.get(index);
            SegmentRole role = speakers.roles().get(index);
            utterances.add(new Utterance(roleOf(role.role()), 0, piece.get(0).startMillis(),
                    piece.get(piece.size() - 1).endMillis(), piece, role.confidence()));
        }
        return new Separated(utterances, SpeakerSeparation.byModel(speakers.voices()));
    }

    static List<List<Word>> cutAtPauses(List<Word> words) {
        List<List<Word>> pieces = new ArrayList<>();
        List<Word> piece = new ArrayList<>();
        for (Word word : words) {
            if (!piece.isEmpty() && word.startMillis() - piece.get(piece.size() - 1).endMillis() >= CUT_GAP_MILLIS) {
                pieces.add(piece);
                piece = new ArrayList<>();
            }
            piece.add(word);
        }
        if (!piece.isEmpty()) {
            pieces.add(piece);
        }
        return pieces;
    }

    private static short[] slice(short[] samples, long startMillis, long endMillis) {
        int perMillisecond = SpeechRecognizer.SAMPLE_RATE / 1000;
        int from = (int) Math.max(0, (startMillis - PADDING_MILLIS) * perMillisecond);
        int to = (int) Math.min(samples.length, (endMillis + PADDING_MILLIS) * perMillisecond);
        return Arrays.copyOfRange(samples, from, Math.max(from, to));
    }

    private static String text(List<Word> words) {
        return String.join(" ", words.stream().map(Word::text).toList());
    }

    private static Role roleOf(Speaker speaker) {
        return switch (speaker) {
            case AGENT -> Role.AGENT;
            case CUSTOMER -> Role.CUSTOMER;
            case UNKNOWN -> Role.UNKNOWN;
        };
    }
}
