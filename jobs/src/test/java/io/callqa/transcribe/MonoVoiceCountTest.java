package io.callqa.transcribe;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.samples.TextToSpeech;
import io.callqa.speakers.SeparatedSpeakers;
import io.callqa.testing.MonoConversation;
import io.callqa.testing.MonoConversation.Line;
import io.callqa.testing.SharedRecognizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mono calls whose voices are not two: the separation must say so. Measured on flite's voices (2026-12-02): one voice
 * split in two gives clusters 0.78-0.85 alike, where two voices are at most 0.63 alike.
 */
class MonoVoiceCountTest {
    private static final List<String> AGENT = List.of(
            "Thank you for calling Northwind Bank, this is Sarah. This call may be recorded for quality and training purposes.",
            "Can you confirm your date of birth, please?",
            "Thank you. I can see the payment you mean, it went out on Monday.",
            "Is there anything else I can help you with today?");
    private static final List<String> CUSTOMER = List.of(
            "Hi, I think a payment to my landlord went missing.",
            "It's the second of June, nineteen ninety one.",
            "He says he never got it, and now he wants a late fee.",
            "No, that's everything, thanks.");
    private static final String SUPERVISOR = "Hello, this is the supervisor on duty. I have reviewed the transfer and I will "
            + "refund the late fee myself.";

    @Test
    void aMonoCallInOneVoiceIsSaidToHaveOneVoice() throws Exception {
        CallTranscript transcript = transcribe("rms", "rms", "rms");

        assertThat(transcript.separation()).isEqualTo(SpeakerSeparation.byModel(1));
    }

    @Test
    void aSupervisorJoiningAMonoCallIsHeardAsMoreThanTwoVoices() throws Exception {
        CallTranscript transcript = transcribe("slt", "awb", "rms");

        assertThat(transcript.separation()).isEqualTo(SpeakerSeparation.byModel(SeparatedSpeakers.MORE_THAN_TWO));
    }

    /** The agent, the customer, then a supervisor who takes over; each a flite voice, all on one channel. */
    private static CallTranscript transcribe(String agent, String customer, String supervisor) throws Exception {
        MonoConversation.Recording recording = MonoConversation.speak(new TextToSpeech(), 5, List.of(
                new Line(agent, "agent", AGENT.get(0)), new Line(customer, "customer", CUSTOMER.get(0)),
                new Line(agent, "agent", AGENT.get(1)), new Line(customer, "customer", CUSTOMER.get(1)),
                new Line(agent, "agent", AGENT.get(2)), new Line(customer, "customer", CUSTOMER.get(2)),
                new Line(supervisor, "agent", SUPERVISOR), new Line(customer, "customer", CUSTOMER.get(3)),
                new Line(supervisor, "agent", AGENT.get(3))));
        return SharedRecognizer.monoTranscriber().transcribe(recording.audio(), 0, 5);
    }
}
