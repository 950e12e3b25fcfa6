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
        // Pieces of one utterance that stay with one role are joined again: a phrase said across a pause ("get me
        // some ... one senior") must still be one utterance for the rules, as it is on a stereo channel.
        List<Utterance> turns = new ArrayList<>();
        int first = 0;
        for (int index = 1; index <= pieces.size(); index++) {
            if (index == pieces.size() || !utteranceOfPiece.get(index).equals(utteranceOfPiece.get(first))
                    || speakers.roles().get(index).role() != speakers.roles().get(first).role()) {
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
            utterances.add(recognizedAgain(turn, samples, Math.max(0, from), Math.max(from, to)));
        }
        return new Separated(utterances, SpeakerSeparation.byModel(speakers.voices()));
    }

    /**
     * The words of one party's turn as a recognizer hears them on their own. Recognized in one stream with the other
     * party's words, a turn's first words are decoded in the context of the other party's last ones, which costs
     * words a stereo channel does not lose ("date of birth" heard as "the number of").
     */
    private Utterance recognizedAgain(Utterance turn, short[] samples, long from, long to) {
        List<Word> words = new ArrayList<>();
        for (Utterance heard : recognizer.recognize(slice(samples, from, to), turn.role(), 0)) {
            for (Word word : heard.words()) {
                words.add(new Word(word.text(), word.startMillis() + from, word.endMillis() + from, word.confidence()));
            }
        }
        if (words.isEmpty()) {
            return turn;
        }
        return new Utterance(turn.role(), 0, words.get(0).startMillis(), words.get(words.size() - 1).endMillis(),
                words, turn.roleConfidence());
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
