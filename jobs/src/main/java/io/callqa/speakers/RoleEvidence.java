package io.callqa.speakers;

import io.callqa.rules.Rule;
import io.callqa.rules.RuleKind;
import io.callqa.rules.RulePack;
import io.callqa.rules.SpeakerScope;

/**
 * What a segment's words say about who speaks: the phrases of the rule pack. An agent greets with the company's name,
 * discloses the recording, asks the verification questions and closes the call (the pack's required agent rules); a
 * customer asks for a supervisor or to cancel (its customer categories). Prohibited phrases say nothing about who
 * speaks, and a customer repeating "Northwind Bank" is far rarer than an agent saying it.
 */
public final class RoleEvidence {
    private final RulePack pack;

    public RoleEvidence(RulePack pack) {
        this.pack = pack;
    }

    /** Agent cues minus customer cues in {@code text}: positive when it sounds like the agent. */
    public int agentLeaning(String text) {
        int leaning = 0;
        for (Rule rule : pack.rulesSaidIn(text)) {
            if (rule.speaker() == SpeakerScope.AGENT && rule.kind() == RuleKind.REQUIRED) {
                leaning++;
            } else if (rule.speaker() == SpeakerScope.CUSTOMER) {
                leaning--;
            }
        }
        return leaning;
    }
}
