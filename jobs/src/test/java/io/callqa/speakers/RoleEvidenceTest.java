package io.callqa.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.rules.RulePack;
import io.callqa.testing.CallqaTestHome;
import org.junit.jupiter.api.Test;

class RoleEvidenceTest {
    private final RoleEvidence evidence =
            new RoleEvidence(RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml")));

    @Test
    void theAgentsScriptLeansToTheAgentAndTheCustomersRequestsToTheCustomer() {
        // Recognizer output, as in the rule pack's own examples: greeting, disclosure and closing ("for calling").
        assertThat(evidence.agentLeaning("and you for calling north when bank this is sarah this call may be "
                + "reported for quality and training vertices")).isEqualTo(3);
        assertThat(evidence.agentLeaning("i want to speak to a supervisor")).isEqualTo(-1);
        assertThat(evidence.agentLeaning("i lost my debit card yesterday")).isZero();
    }
}
