package io.callqa.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Needs the flite command (Debian package {@code flite}), except where it tests its absence. */
class TextToSpeechTest {
    @Test
    void speaksAtTelephoneRateInWholeFrames() {
        SpeechClip clip = new TextToSpeech().speak("kal16", "Northwind Bank, how can I help?");

        assertThat(clip.durationMillis()).isBetween(1000L, 4000L);
        assertThat(clip.samples().length % (TextToSpeech.SAMPLE_RATE / 100)).isZero();
    }

    @Test
    void readsTheRateOfEachVoice() {
        // kal is an 8 kHz voice, kal16 the same voice at 16 kHz: at the same rate they last about as long.
        long narrow = new TextToSpeech().speak("kal", "Thank you for holding.").durationMillis();
        long wide = new TextToSpeech().speak("kal16", "Thank you for holding.").durationMillis();

        assertThat((double) narrow).isCloseTo(wide, withPercentage(25));
    }

    @Test
    void refusesAVoiceFliteDoesNotHave() {
        assertThatThrownBy(() -> new TextToSpeech().speak("nosuchvoice", "Hello."))
                .isInstanceOf(SampleGenerationException.class)
                .hasMessageStartingWith("Cannot synthesize speech: flite has no voice 'nosuchvoice'; it has ")
                .hasMessageContaining("slt");
    }

    @Test
    void explainsHowToInstallAMissingFlite() {
        TextToSpeech missing = new TextToSpeech("callqa-no-such-flite", Duration.ofSeconds(5));

        assertThatThrownBy(() -> missing.speak("slt", "Hello."))
                .isInstanceOf(SampleGenerationException.class)
                .hasMessage("Cannot synthesize speech: callqa-no-such-flite is not installed; apt-get install flite");
    }
}
