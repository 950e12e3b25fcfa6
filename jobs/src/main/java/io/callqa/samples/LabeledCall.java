package io.callqa.samples;

import io.callqa.rules.RuleOutcome;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A synthetic call with the outcome each rule of the default pack must give it, and where in the script the words
 * that decide it lie.
 *
 * @param purpose what the call is there to test, in a few words
 * @param expected rule id → PASS or FAIL (required and prohibited rules), HIT or MISS (categories)
 * @param turnMarks one entry per turn of the script, in script order
 */
public record LabeledCall(CallScript script, String purpose, Map<String, RuleOutcome> expected, List<Marks> turnMarks) {

    /**
     * What a rule's phrases look for. A turn carries a cue when its words alone would satisfy the rule's phrases,
     * whether or not its timing lets them count: a greeting at 20 s still carries {@link #GREETING}, and it is the
     * label that says FAIL. {@link #VERIFICATION_QUESTION} and {@link #ACCOUNT_DETAILS} are the two sides of
     * identity-verification's order constraint.
     */
    public enum Cue {
        GREETING("greeting", Party.AGENT),
        RECORDING_DISCLOSURE("recording-disclosure", Party.AGENT),
        VERIFICATION_QUESTION("identity-verification", Party.AGENT),
        ACCOUNT_DETAILS("identity-verification", Party.AGENT),
        CLOSING("closing", Party.AGENT),
        PROHIBITED_LANGUAGE("prohibited-language", Party.AGENT),
        ESCALATION_REQUEST("escalation-request", Party.CUSTOMER),
        CANCELLATION_INTENT("cancellation-intent", Party.CUSTOMER);

        private final String ruleId;
        private final Party party;

        Cue(String ruleId, Party party) {
            this.ruleId = ruleId;
            this.party = party;
        }

        public String ruleId() {
            return ruleId;
        }

        /** Who must say it for the rule to count it; the other party's words are decoys at most. */
        public Party party() {
            return party;
        }
    }

    /**
     * @param cues the rules whose phrases this turn's words satisfy
     * @param decoys the rules whose words this turn resembles without satisfying them ("I can't promise anything",
     *     "I don't want to cancel", an agent's "my supervisor approved it"): where a false positive would come from
     */
    public record Marks(Set<Cue> cues, Set<Cue> decoys) {
        public Marks {
            cues = Set.copyOf(cues);
            decoys = Set.copyOf(decoys);
        }
    }

    public LabeledCall {
        expected = Map.copyOf(expected);
        turnMarks = List.copyOf(turnMarks);
        if (turnMarks.size() != script.turns().size()) {
            throw new IllegalArgumentException("Cannot label call " + script.callId() + ": " + turnMarks.size()
                    + " turn marks for " + script.turns().size() + " turns");
        }
    }

    public String callId() {
        return script.callId();
    }

    public RuleOutcome expected(String ruleId) {
        RuleOutcome outcome = expected.get(ruleId);
        if (outcome == null) {
            throw new IllegalArgumentException("Call " + callId() + " has no label for rule " + ruleId);
        }
        return outcome;
    }

    /** The indices of the turns that carry the cue, in script order. */
    public List<Integer> turnsWith(Cue cue) {
        return IntStream.range(0, turnMarks.size()).filter(index -> turnMarks.get(index).cues().contains(cue))
                .boxed().toList();
    }
}
