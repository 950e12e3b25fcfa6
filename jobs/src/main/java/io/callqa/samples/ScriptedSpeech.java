package io.callqa.samples;

import io.callqa.transcribe.CallTranscript;
import io.callqa.transcribe.Utterance;
import io.callqa.transcribe.Word;
import java.util.List;

/**
 * Who spoke when, by the script of a synthetic call, and how many of a transcript's words carry the role of the
 * person who said them.
 */
public record ScriptedSpeech(List<Span> spans) {
    /** One turn of the script: {@code role} is agent or customer, times in milliseconds of the recording. */
    public record Span(String role, long startMillis, long endMillis) {}

    public ScriptedSpeech {
        spans = List.copyOf(spans);
    }

    /** Who spoke when in a synthesized call. */
    public static ScriptedSpeech of(CallGroundTruth truth) {
        return new ScriptedSpeech(truth.turns().stream()
                .map(turn -> new Span(turn.party().label(), turn.startMillis(), turn.endMillis())).toList());
    }

    /**
     * The share of the transcript's words whose role is that of a turn spoken at the word's middle (in overtalk,
     * either turn's); words in no turn (recognizer noise in silence) are left out.
     */
    public double wordsAttributedRightly(CallTranscript transcript) {
        return attribution(transcript).share();
    }

    /** Words counted and words with the right role. */
    public record Attribution(int counted, int right) {
        public double share() {
            return counted == 0 ? 0 : (double) right / counted;
        }
    }

    public Attribution attribution(CallTranscript transcript) {
        int counted = 0;
        int right = 0;
        for (Utterance utterance : transcript.utterances()) {
            for (Word word : utterance.words()) {
                long middle = (word.startMillis() + word.endMillis()) / 2;
                List<Span> speaking = spans.stream()
                        .filter(span -> span.startMillis() <= middle && middle < span.endMillis()).toList();
                if (speaking.isEmpty()) {
                    continue;
                }
                counted++;
                if (speaking.stream().anyMatch(span -> span.role().equals(utterance.role().label()))) {
                    right++;
                }
            }
        }
        return new Attribution(counted, right);
    }
}
