package io.callqa.speakers;

import io.callqa.rules.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits the segments of a mono recording into voices and decides which voice is the agent.
 *
 * <p>Voices: the segments' voiceprints are clustered into two ({@link VoiceClustering}), grown from the segments long
 * enough for a steady voiceprint and then extended to all. The call is said to have one voice when the two clusters
 * sound alike or one of them hardly speaks, and more than two when a three-way split gives three clusters that all
 * sound unlike each other and each speak a fair share.
 *
 * <p>The thresholds were measured on flite's four voices through 8 kHz μ-law (2026-12-02): two clusters of one voice
 * are 0.78-0.85 alike, two different voices 0.10-0.63 (the two male voices rms and kal16 the closest). Splitting two
 * voices three ways leaves a third cluster of 3-14 % of the speech (stray segments), 0.58-0.83 alike to another;
 * three real voices give three clusters of 26-31 % each, at most 0.63 alike.
 *
 * <p>Roles: the voice whose words lean most towards the agent's ({@link RoleEvidence}) is the agent, every other
 * voice the customer. With no evidence either way the first voice heard is taken for the agent (an inbound call's
 * greeting), with a confidence that says it is little better than a guess.
 */
public final class SpeakerSeparator {
    /** Segments at least this long seed the voices; shorter ones give voiceprints too noisy to grow clusters from. */
    static final long SEED_MILLIS = 1000;
    /** Two clusters this similar are one voice heard twice. */
    static final double ONE_VOICE_SIMILARITY = 0.7;
    /** A second cluster with less of the speech than this is stray segments, not a party of the call. */
    static final double STRAY_SHARE = 0.03;
    /**
     * A third voice must say at least this share of the call: a supervisor taking over, not a few stray segments. A
     * three-way split of two voices in a short call leaves up to 14 % in a third cluster, so a third voice saying
     * less than a fifth of the call goes unnoticed.
     */
    static final double THIRD_VOICE_SHARE = 0.2;
    /** How sharply the difference between a segment's similarity to its voice and to the next one becomes certainty. */
    static final double MEMBERSHIP_SCALE = 0.08;

    private final RoleEvidence evidence;

    public SpeakerSeparator(RoleEvidence evidence) {
        this.evidence = evidence;
    }

    public SeparatedSpeakers separate(List<VoicedSegment> segments) {
        List<Integer> voiced = IntStream.range(0, segments.size())
                .filter(index -> segments.get(index).voiceprint() != null).boxed().toList();
        if (voiced.size() < 2) {
            return oneVoice(segments);
        }
        List<Voiceprint> prints = voiced.stream().map(index -> segments.get(index).voiceprint()).toList();
        List<Long> weights = voiced.stream().map(index -> segments.get(index).durationMillis()).toList();
        List<Integer> seeds = IntStream.range(0, voiced.size())
                .filter(item -> weights.get(item) >= SEED_MILLIS).boxed().toList();
        if (seeds.size() < 2) {
            seeds = IntStream.range(0, voiced.size()).boxed().toList();
        }
        Split two = Split.of(prints, weights, VoiceClustering.cluster(prints, weights, seeds, 2), 2);
        if (two.voices() < 2 || two.maximumSimilarity() >= ONE_VOICE_SIMILARITY
                || two.smallestShare() < STRAY_SHARE) {
            return oneVoice(segments);
        }
        Split chosen = two;
        int voices = 2;
        if (seeds.size() >= 3) {
            Split three = Split.of(prints, weights, VoiceClustering.cluster(prints, weights, seeds, 3), 3);
            if (three.voices() == 3 && three.maximumSimilarity() < ONE_VOICE_SIMILARITY
                    && three.smallestShare() >= THIRD_VOICE_SHARE) {
                chosen = three;
                voices = SeparatedSpeakers.MORE_THAN_TWO;
            }
        }
        return attribute(segments, voiced, chosen, voices);
    }

    private SeparatedSpeakers attribute(List<VoicedSegment> segments, List<Integer> voiced, Split split, int voices) {
        int[] voiceOf = new int[segments.size()];
        double[] membership = new double[segments.size()];
        for (int item = 0; item < voiced.size(); item++) {
            voiceOf[voiced.get(item)] = split.assignment()[item];
            membership[voiced.get(item)] = split.membership(item);
        }
        for (int index = 0; index < segments.size(); index++) {
            if (segments.get(index).voiceprint() == null) {
                // Too short to fingerprint ("yes", "okay"): most likely the voice of the nearest segment in time.
                voiceOf[index] = voiceOf[nearestVoiced(segments, voiced, index)];
                membership[index] = 0.5;
            }
        }
        int[] leaning = new int[split.voices()];
        for (int index = 0; index < segments.size(); index++) {
            leaning[voiceOf[index]] += evidence.agentLeaning(segments.get(index).text());
        }
        int agent = 0;
        for (int voice = 1; voice < leaning.length; voice++) {
            if (leaning[voice] > leaning[agent]) {
                agent = voice;
            }
        }
        int runnerUp = Integer.MIN_VALUE;
        for (int voice = 0; voice < leaning.length; voice++) {
            if (voice != agent) {
                runnerUp = Math.max(runnerUp, leaning[voice]);
            }
        }
        double roleCertainty = roleCertainty(leaning[agent] - runnerUp);
        List<SegmentRole> roles = new ArrayList<>();
        for (int index = 0; index < segments.size(); index++) {
            double member = membership[index];
            // Right when both the voice and the voice's role are right, or both are wrong.
            double confidence = member * roleCertainty + (1 - member) * (1 - roleCertainty);
            roles.add(new SegmentRole(voiceOf[index], voiceOf[index] == agent ? Speaker.AGENT : Speaker.CUSTOMER,
                    confidence));
        }
        return new SeparatedSpeakers(roles, voices);
    }

    /** 0.6 with no evidence either way, 0.8 for one cue more, 0.9 for two, 0.95 for three. */
    private static double roleCertainty(int margin) {
        return 1 - 0.4 * Math.exp(-0.7 * margin);
    }

    /**
     * One voice: every segment gets the role its words lean to over the whole call (the agent when they say nothing),
     * at confidence 0.5, since a second voice that sounds like the first may be hidden in it.
     */
    private SeparatedSpeakers oneVoice(List<VoicedSegment> segments) {
        int leaning = segments.stream().mapToInt(segment -> evidence.agentLeaning(segment.text())).sum();
        Speaker role = leaning < 0 ? Speaker.CUSTOMER : Speaker.AGENT;
        return new SeparatedSpeakers(segments.stream().map(segment -> new SegmentRole(0, role, 0.5)).toList(), 1);
    }

    private static int nearestVoiced(List<VoicedSegment> segments, List<Integer> voiced, int index) {
        VoicedSegment segment = segments.get(index);
        int nearest = voiced.get(0);
        long bestDistance = Long.MAX_VALUE;
        for (int candidate : voiced) {
            VoicedSegment other = segments.get(candidate);
            long distance = Math.max(0, Math.max(other.startMillis() - segment.endMillis(),
                    segment.startMillis() - other.endMillis()));
            if (distance < bestDistance) {
                bestDistance = distance;
                nearest = candidate;
            }
        }
        return nearest;
    }

    /** A partition of the voiced segments, with the figures that decide how many voices there are. */
    record Split(List<Voiceprint> prints, int[] assignment, List<Voiceprint> centroids, double[] shares) {
        static Split of(List<Voiceprint> prints, List<Long> weights, int[] assignment, int requested) {
            int voices = Arrays.stream(assignment).max().orElse(-1) + 1;
            List<Voiceprint> placeholders = new ArrayList<>();
            for (int voice = 0; voice < voices; voice++) {
                placeholders.add(prints.get(0));
            }
            List<Voiceprint> centroids = VoiceClustering.centroids(prints, weights, assignment, placeholders);
            double[] shares = new double[voices];
            double total = weights.stream().mapToLong(Long::longValue).sum();
            for (int item = 0; item < assignment.length; item++) {
                shares[assignment[item]] += weights.get(item) / total;
            }
            return new Split(prints, assignment, centroids, shares);
        }

        int voices() {
            return centroids.size();
        }

        double maximumSimilarity() {
            double maximum = Double.NEGATIVE_INFINITY;
            for (int first = 0; first < voices(); first++) {
                for (int second = first + 1; second < voices(); second++) {
                    maximum = Math.max(maximum, centroids.get(first).similarity(centroids.get(second)));
                }
            }
            return maximum;
        }

        double smallestShare() {
            return Arrays.stream(shares).min().orElse(0);
        }

        /** How surely item belongs to its voice rather than the next most similar one, 0.5 to 1. */
        double membership(int item) {
            double own = prints.get(item).similarity(centroids.get(assignment[item]));
            double other = Double.NEGATIVE_INFINITY;
            for (int voice = 0; voice < voices(); voice++) {
                if (voice != assignment[item]) {
                    other = Math.max(other, prints.get(item).similarity(centroids.get(voice)));
                }
            }
            return 1 / (1 + Math.exp(-Math.max(0, own - other) / MEMBERSHIP_SCALE));
        }
    }
}
