package io.callqa.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well a rule's results agree with labeled calls. A positive is a call in which the rule's words are found:
 * PASS for a required rule, FAIL for a prohibited one, HIT for a category; so precision says how often "found" was
 * right, and recall how many of the labeled occurrences were found.
 *
 * @param wrongCalls the calls on which the rule disagreed with the label, for a person to listen to
 */
public record RuleAccuracy(String ruleId, int truePositives, int falsePositives, int falseNegatives,
        int trueNegatives, List<String> wrongCalls) {
    public RuleAccuracy {
        wrongCalls = List.copyOf(wrongCalls);
    }

    /** One accuracy per rule, in the order the rules first appear in {@code results}. */
    public static List<RuleAccuracy> measure(List<LabeledResult> results) {
        Map<String, List<LabeledResult>> byRule = new LinkedHashMap<>();
        for (LabeledResult result : results) {
            byRule.computeIfAbsent(result.actual().ruleId(), ruleId -> new ArrayList<>()).add(result);
        }
        return byRule.entrySet().stream().map(entry -> measure(entry.getKey(), entry.getValue())).toList();
    }

    private static RuleAccuracy measure(String ruleId, List<LabeledResult> results) {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int trueNegatives = 0;
        List<String> wrongCalls = new ArrayList<>();
        for (LabeledResult result : results) {
            boolean expected = LabeledResult.found(result.actual().kind(), result.expected());
            boolean actual = LabeledResult.found(result.actual().kind(), result.actual().outcome());
            if (expected && actual) {
                truePositives++;
            } else if (actual) {
                falsePositives++;
            } else if (expected) {
                falseNegatives++;
            } else {
                trueNegatives++;
            }
            if (expected != actual) {
                wrongCalls.add(result.callId());
            }
        }
        return new RuleAccuracy(ruleId, truePositives, falsePositives, falseNegatives, trueNegatives, wrongCalls);
    }

    /** 1 when nothing was found: no claim was wrong. */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1 : (double) truePositives / found;
    }

    /** 1 when nothing was there to find. */
    public double recall() {
        int present = truePositives + falseNegatives;
        return present == 0 ? 1 : (double) truePositives / present;
    }

    public double f1() {
        double sum = precision() + recall();
        return sum == 0 ? 0 : 2 * precision() * recall() / sum;
    }

    /** One line for a benchmark's output. */
    public String summary() {
        return String.format(Locale.ROOT, "%-24s precision %.2f  recall %.2f  F1 %.2f  (%d found right, %d wrongly, "
                        + "%d missed, %d rightly not found)%s", ruleId, precision(), recall(), f1(), truePositives,
                falsePositives, falseNegatives, trueNegatives, wrongCalls.isEmpty() ? "" : "; wrong on " + wrongCalls);
    }
}
