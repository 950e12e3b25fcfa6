package io.callqa.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.rules.RulePack;
import io.callqa.rules.Speaker;
import io.callqa.testing.CallqaTestHome;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The separation on voiceprints made up as a voice's direction plus noise, at the similarities the speaker model gives
 * (same voice about 0.8 apart from its centroid's twin, different voices under 0.6).
 */
class SpeakerSeparatorTest {
    private static final RulePack RULES = RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml"));
    private final SpeakerSeparator separator = new SpeakerSeparator(new RoleEvidence(RULES));
    private final Random random = new Random(11);

    @Test
    void theVoiceThatGreetsWithTheCompanyNameIsTheAgent() {
        float[] agent = direction();
        float[] customer = direction();
        List<VoicedSegment> segments = List.of(
                segment(0, customer, "hello is anyone there"),
                segment(1, agent, "thank you for calling northwind bank this is sarah"),
                segment(2, customer, "i want to close my account"),
                segment(3, agent, "can you confirm your date of birth"),
                segment(4, customer, "march fourth eighty five"),
                segment(5, agent, "is there anything else i can help you with"));

        SeparatedSpeakers separated = separator.separate(segments);

        assertThat(separated.voices()).isEqualTo(2);
        assertThat(separated.roles()).extracting(SegmentRole::role).containsExactly(Speaker.CUSTOMER, Speaker.AGENT,
                Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER, Speaker.AGENT);
        assertThat(separated.roles()).allSatisfy(role -> assertThat(role.confidence()).isGreaterThan(0.9));
    }

    @Test
    void withoutEvidenceTheFirstVoiceIsTheAgentAtLowConfidence() {
        float[] first = direction();
        float[] second = direction();
        SeparatedSpeakers separated = separator.separate(List.of(segment(0, first, "good morning"),
                segment(1, second, "morning"), segment(2, first, "lovely weather"), segment(3, second, "it is")));

        assertThat(separated.roles()).extracting(SegmentRole::role)
                .containsExactly(Speaker.AGENT, Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER);
        assertThat(separated.roles()).allSatisfy(role -> assertThat(role.confidence()).isBetween(0.55, 0.65));
    }

    @Test
    void oneVoiceIsSaidToBeOneAndASegmentTooShortToFingerprintFollowsItsNeighbour() {
        float[] voice = direction();
        List<VoicedSegment> segments = new ArrayList<>();
        for (int index = 0; index < 6; index++) {
            segments.add(segment(index, voice, "thank you for calling northwind bank"));
        }
        assertThat(separator.separate(segments).voices()).isEqualTo(1);

        float[] other = direction();
        SeparatedSpeakers two = separator.separate(List.of(segment(0, voice, "northwind bank this is sarah"),
                segment(1, other, "hi"), new VoicedSegment(5_100, 5_300, "yes", null), segment(3, voice, "thanks")));
        assertThat(two.roles().get(2).voice()).isEqualTo(two.roles().get(1).voice());
        assertThat(two.roles().get(2).confidence()).isLessThan(two.roles().get(1).confidence());
    }

    @Test
    void threeVoicesEachWithAFairShareAreMoreThanTwo() {
        float[] agent = direction();
        float[] customer = direction();
        float[] supervisor = direction();
        List<VoicedSegment> segments = new ArrayList<>();
        for (int index = 0; index < 9; index++) {
            float[] voice = index < 6 ? (index % 2 == 0 ? agent : customer) : (index % 2 == 0 ? supervisor : customer);
            segments.add(segment(index, voice, "words"));
        }
        segments.add(segment(9, supervisor, "words"));
        segments.add(segment(10, supervisor, "words"));

        assertThat(separator.separate(segments).voices()).isEqualTo(SeparatedSpeakers.MORE_THAN_TWO);
    }

    /** A segment of two seconds at slot {@code slot}, its voiceprint the voice plus noise (about 0.8 alike). */
    private VoicedSegment segment(int slot, float[] voice, String text) {
        float[] noisy = new float[voice.length];
        for (int index = 0; index < noisy.length; index++) {
            noisy[index] = (float) (voice[index] + 0.45 * random.nextGaussian() / Math.sqrt(voice.length));
        }
        return new VoicedSegment(slot * 3_000L, slot * 3_000L + 2_000, text, new Voiceprint(noisy));
    }

    private float[] direction() {
        float[] values = new float[128];
        for (int index = 0; index < values.length; index++) {
            values[index] = (float) (random.nextGaussian() / Math.sqrt(values.length));
        }
        return values;
    }
}
