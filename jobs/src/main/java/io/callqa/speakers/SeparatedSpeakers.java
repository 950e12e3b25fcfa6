package io.callqa.speakers;

import java.util.List;

/**
 * The voices of a mono recording and who said each segment.
 *
 * @param roles one per segment, in the order given
 * @param voices how many voices the call seems to have: 1, 2, or {@link #MORE_THAN_TWO}
 */
public record SeparatedSpeakers(List<SegmentRole> roles, int voices) {
    /** Written when a third voice is heard: a transfer, a supervisor, an interpreter, a voicemail greeting. */
    public static final int MORE_THAN_TWO = 3;

    public SeparatedSpeakers {
        roles = List.copyOf(roles);
    }
}
