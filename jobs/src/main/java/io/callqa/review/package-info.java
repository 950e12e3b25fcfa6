/**
 * The reviewer's side of the review queue, in plain Java: where personal data is heard in a recording and a copy of
 * the recording with it replaced by a tone, the verdicts reviewers record on the automatic answers, and what those
 * verdicts measure (the flags' precision, each question's agreement, the calibration sample's miss rate).
 */
package io.callqa.review;
