package io.callqa.speakers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups voiceprints into a given number of voices, deterministically: agglomerative clustering with average linkage
 * on cosine similarity (every item weighted by its speech time), then a few rounds of reassigning every item to the
 * nearest voice. Agglomerative rather than k-means from a random start, so that the same call always gives the same
 * voices; the reassignment lets a voice that was merged early still take back its stray segments.
 */
final class VoiceClustering {
    private static final int REASSIGNMENT_ROUNDS = 5;

    private VoiceClustering() {}

    /**
     * @param seeds the items the voices are grown from (the longer, more reliable segments), a subset of {@code items}
     * @return one voice per item, numbered from 0 in the order the voices first appear among {@code items}
     */
    static int[] cluster(List<Voiceprint> items, List<Long> weights, List<Integer> seeds, int voices) {
        int[] seedVoices = agglomerate(seeds.stream().map(items::get).toList(),
                seeds.stream().map(weights::get).toList(), voices);
        List<Voiceprint> centroids = new ArrayList<>();
        for (int voice = 0; voice < voices; voice++) {
            List<Voiceprint> members = new ArrayList<>();
            List<Long> memberWeights = new ArrayList<>();
            for (int seed = 0; seed < seeds.size(); seed++) {
                if (seedVoices[seed] == voice) {
                    members.add(items.get(seeds.get(seed)));
                    memberWeights.add(weights.get(seeds.get(seed)));
                }
            }
            centroids.add(Voiceprint.centroid(members, memberWeights));
        }
        int[] assignment = nearest(items, centroids);
        for (int round = 0; round < REASSIGNMENT_ROUNDS; round++) {
            List<Voiceprint> updated = centroids(items, weights, assignment, centroids);
            int[] next = nearest(items, updated);
            centroids = updated;
            if (Arrays.equals(next, assignment)) {
                break;
            }
            assignment = next;
        }
        return inOrderOfAppearance(assignment);
    }

    /** The voices' centroids under an assignment; a voice left without items keeps its previous centroid. */
    static List<Voiceprint> centroids(List<Voiceprint> items, List<Long> weights, int[] assignment,
            List<Voiceprint> previous) {
        List<Voiceprint> centroids = new ArrayList<>();
        for (int voice = 0; voice < previous.size(); voice++) {
            List<Voiceprint> members = new ArrayList<>();
            List<Long> memberWeights = new ArrayList<>();
            for (int item = 0; item < items.size(); item++) {
                if (assignment[item] == voice) {
                    members.add(items.get(item));
                    memberWeights.add(weights.get(item));
                }
            }
            centroids.add(members.isEmpty() ? previous.get(voice) : Voiceprint.centroid(members, memberWeights));
        }
        return centroids;
    }

    private static int[] nearest(List<Voiceprint> items, List<Voiceprint> centroids) {
        int[] assignment = new int[items.size()];
        for (int item = 0; item < items.size(); item++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int voice = 0; voice < centroids.size(); voice++) {
                double similarity = items.get(item).similarity(centroids.get(voice));
                if (similarity > best) {
                    best = similarity;
                    assignment[item] = voice;
                }
            }
        }
        return assignment;
    }

    /** Average linkage, merged pair by pair until {@code voices} clusters are left (Lance–Williams update). */
    private static int[] agglomerate(List<Voiceprint> items, List<Long> weights, int voices) {
        int count = items.size();
        double[][] similarity = new double[count][count];
        for (int first = 0; first < count; first++) {
            for (int second = first + 1; second < count; second++) {
                similarity[first][second] = items.get(first).similarity(items.get(second));
                similarity[second][first] = similarity[first][second];
            }
        }
        int[] clusterOf = new int[count];
        double[] clusterWeight = new double[count];
        boolean[] alive = new boolean[count];
        for (int item = 0; item < count; item++) {
            clusterOf[item] = item;
            clusterWeight[item] = Math.max(1, weights.get(item));
            alive[item] = true;
        }
        for (int clusters = count; clusters > voices; clusters--) {
            int keep = -1;
            int absorb = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int first = 0; first < count; first++) {
                if (!alive[first]) {
                    continue;
                }
                for (int second = first + 1; second < count; second++) {
                    if (alive[second] && similarity[first][second] > best) {
                        best = similarity[first][second];
                        keep = first;
                        absorb = second;
                    }
                }
            }
            for (int other = 0; other < count; other++) {
                if (alive[other] && other != keep && other != absorb) {
                    double merged = (clusterWeight[keep] * similarity[keep][other]
                            + clusterWeight[absorb] * similarity[absorb][other])
                            / (clusterWeight[keep] + clusterWeight[absorb]);
                    similarity[keep][other] = merged;
                    similarity[other][keep] = merged;
                }
            }
            clusterWeight[keep] += clusterWeight[absorb];
            alive[absorb] = false;
            for (int item = 0; item < count; item++) {
                if (clusterOf[item] == absorb) {
                    clusterOf[item] = keep;
                }
            }
        }
        return inOrderOfAppearance(clusterOf);
    }

    private static int[] inOrderOfAppearance(int[] labels) {
        int[] renumbered = new int[labels.length];
        List<Integer> seen = new ArrayList<>();
        for (int item = 0; item < labels.length; item++) {
            if (!seen.contains(labels[item])) {
                seen.add(labels[item]);
            }
            renumbered[item] = seen.indexOf(labels[item]);
        }
        return renumbered;
    }
}
