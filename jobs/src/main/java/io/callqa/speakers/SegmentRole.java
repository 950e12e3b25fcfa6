package io.callqa.speakers;

import io.callqa.rules.Speaker;

/**
 * Who said a segment of a mono recording.
 *
 * @param voice the voice cluster, from 0 in order of first appearance
 * @param confidence how likely the role is right, 0.5 (a guess between two) to 1
 */
public record SegmentRole(int voice, Speaker role, double confidence) {}
