package io.callqa.transcribe;

import io.callqa.rules.RulePack;
import io.callqa.rules.Speaker;
import io.callqa.speakers.RoleEvidence;
import io.callqa.speakers.SegmentRole;
import io.callqa.speakers.SeparatedSpeakers;
import io.callqa.speakers.SpeakerSeparator;
import io.callqa.speakers.VoicedSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vosk.Model;
import org.vosk.SpeakerModel;

/**
 * Gives the utterances of a mono recording their roles. On one channel the recognizer's end points come at pauses,
 * not at turn changes: an utterance often runs over two or three turns. Each utterance is therefore cut where its
 * words pause, each piece is fingerprinted on its own audio and the pieces go to the {@link SpeakerSeparator}; an
 * utterance is then split only where the role changes, each part with its role and how sure that is.
 */
public final class MonoSpeakerSeparation {
    /**
     * Words this far apart are cut into separate pieces. A turn change on a recording of both parties leaves a pause
     * (half a second between polite speakers); the pauses between the words of one sentence are shorter.
     */
    static final long CUT_GAP_MILLIS = 250;
    /** Audio on either side of a piece given to the speaker model, for the edges of its first and last word. */
    private static final long PADDING_MILLIS = 100;
    /** The silence after which the model's recognizer ends an utterance (its endpoint rule 2). */
    private static final long JOIN_GAP_MILLIS = 500;
    /** How far beyond a turn's first and last word it is recognized again, at most. */
    private static final long REHEARING_MARGIN_MILLIS = 400;

    private final SpeechRecognizer recognizer;
    private final VoiceprintReader voiceprints;
    private final SpeakerSeparator separator;

    /** @param recognizer recognizes each separated turn again on its own, as a stereo channel's recognizer hears it */
    public MonoSpeakerSeparation(SpeechRecognizer recognizer, VoiceprintReader voiceprints, SpeakerSeparator separator) {
        this.recognizer = recognizer;
        this.voiceprints = voiceprints;
        this.separator = separator;
    }

    /** Voiceprints from Vosk's speaker model; the agent told by the phrases of {@code rules}. */
    public static MonoSpeakerSeparation withVosk(Model model, SpeakerModel speakerModel, RulePack rules) {
        return new MonoSpeakerSeparation(new VoskRecognizer(model), new VoskVoiceprints(model, speakerModel),
                new SpeakerSeparator(new RoleEvidence(rules)));
    }

    /** The utterances with roles, and how many voices the call has. */
    public record Separated(List<Utterance> utterances, SpeakerSeparation separation) {}

    /**
     * @param recognized the recognizer's utterances of the one channel, in order
     * @param samples that channel at {@link SpeechRecognizer#SAMPLE_RATE}, as it was recognized
     */
    public Separated separate(List<Utterance> recognized, short[] samples) {
        List<List<Word>> pieces = new ArrayList<>();
        List<Integer> utteranceOfPiece = new ArrayList<>();
        for (int index = 0; index < recognized.size(); index++) {
            for (List<Word> piece : cutAtPauses(recognized.get(index).words())) {
                pieces.add(piece);
                utteranceOfPiece.add(index);
            }
        }
        List<VoicedSegment> segments = new ArrayList<>();
        for (List<Word> piece : pieces) {
            long start = piece.get(0).startMillis();
            long end = piece.get(piece.size() - 1).endMillis();
            segments.add(new VoicedSegment(start, end, text(piece), voiceprints.read(
                    slice(samples, Math.max(0, start - PADDING_MILLIS), end + PADDING_MILLIS))));
        }
        SeparatedSpeakers speakers = separator.separate(segments);
        // Consecutive pieces of one role are joined again unless a stereo channel's recognizer would have ended the
        // utterance between them: a phrase said across a short pause ("get me some ... one senior") must still be one
        // utterance for the rules, as it is on a stereo channel.
        List<Utterance> turns = new ArrayList<>();
        int first = 0;
        for (int index = 1; index <= pieces.size(); index++) {
            if (index == pieces.size() || speakers.roles().get(index).role() != speakers.roles().get(first).role()
                    || (!utteranceOfPiece.get(index).equals(utteranceOfPiece.get(index - 1))
                            && gapMillis(pieces.get(index - 1), pieces.get(index)) >= JOIN_GAP_MILLIS)) {
                turns.add(joined(pieces.subList(first, index), speakers.roles().subList(first, index)));
                first = index;
            }
        }
        List<Utterance> utterances = new ArrayList<>();
        for (int index = 0; index < turns.size(); index++) {
            Utterance turn = turns.get(index);
            // Up to half way to the neighbouring turns: the first pass may have missed a turn's first or last word.
            long from = index == 0 ? turn.startMillis() - REHEARING_MARGIN_MILLIS : Math.max(
                    turn.startMillis() - REHEARING_MARGIN_MILLIS,
                    (turns.get(index - 1).endMillis() + turn.startMillis()) / 2);
            long to = index == turns.size() - 1 ? turn.endMillis() + REHEARING_MARGIN_MILLIS : Math.min(
                    turn.endMillis() + REHEARING_MARGIN_MILLIS, (turn.endMillis() + turns.get(index + 1).startMillis()) / 2);
            utterances.addAll(recognizedAgain(turn, samples, Math.max(0, from), Math.max(from, to)));
        }
        return new Separated(utterances, SpeakerSeparation.byModel(speakers.voices()));
    }

    /**
     * The words of one party's turn as a recognizer hears them on their own. Recognized in one stream with the other
     * party's words, a turn's first words are decoded in the context of the other party's last ones, which costs
     * words a stereo channel does not lose ("date of birth" heard as "the number of").
     */
    private List<Utterance> recognizedAgain(Utterance turn, short[] samples, long from, long to) {
        List<Utterance> heard = new ArrayList<>();
        for (Utterance utterance : recognizer.recognize(slice(samples, from, to), turn.role(), 0)) {
            List<Word> words = utterance.words().stream()
                    .map(word -> new Word(word.text(), word.startMillis() + from, word.endMillis() + from,
                            word.confidence()))
                    .toList();
            heard.add(new Utterance(turn.role(), 0, words.get(0).startMillis(), words.get(words.size() - 1).endMillis(),
                    words, turn.roleConfidence()));
        }
        return heard.isEmpty() ? List.of(turn) : heard;
    }

    private static long gapMillis(List<Word> before, List<Word> after) {
        return after.get(0).startMillis() - before.get(before.size() - 1).endMillis();
    }

    /** One utterance of consecutive pieces of one role; its confidence is theirs, weighted by their words. */
    private static Utterance joined(List<List<Word>> pieces, List<SegmentRole> roles) {
        List<Word> words = pieces.stream().flatMap(List::stream).toList();
        double confidence = 0;
        for (int index = 0; index < pieces.size(); index++) {
            confidence += roles.get(index).confidence() * pieces.get(index).size() / words.size();
        }
        return new Utterance(roleOf(roles.get(0).role()), 0, words.get(0).startMillis(),
                words.get(words.size() - 1).endMillis(), words, confidence);
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

    private static short[] slice(short[] samples, long fromMillis, long toMillis) {
        int perMillisecond = SpeechRecognizer.SAMPLE_RATE / 1000;
        int from = (int) Math.min(samples.length, fromMillis * perMillisecond);
        int to = (int) Math.min(samples.length, toMillis * perMillisecond);
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
