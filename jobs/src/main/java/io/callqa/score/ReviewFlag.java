package io.callqa.score;

import java.util.List;

/**
 * A call's place in the review queue.
 *
 * @param priority 1 is reviewed first: the most urgent of the reasons
 * @param calibrationSample the call was not flagged but drawn for calibration
 */
public record ReviewFlag(int priority, boolean calibrationSample, List<ReviewReason> reasons) {
    public ReviewFlag {
        reasons = List.copyOf(reasons);
    }
}
