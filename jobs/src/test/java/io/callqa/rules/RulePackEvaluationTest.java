package io.callqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link RulePack#evaluate} makes of a call: speakers, windows, order, negation and where rules apply. */
class RulePackEvaluationTest {
    private static final String PACK = """
            id: evaluation-test
            version: 7
            description: Rules for the evaluation tests.
            rules:
              - id: greeting
                description: The agent names the company early.
                version: 2
                kind: required
                speaker: agent
                severity: minor
                within: first 15 seconds
                phrases: ["thank you for calling {company}"]
              - id: closing
                description: The agent offers more help at the end.
                version: 1
                kind: required
                speaker: agent
                severity: minor
                within: last 60 seconds
                phrases: [anything else i can help]
              - id: early-question
                description: The agent asks how to help in the first quarter of the call.
                version: 1
                kind: required
                speaker: agent
                severity: major
                within: first 25%
                phrases: [how can i help]
              - id: verification
                description: The agent verifies the caller before account details.
                version: 1
                kind: required
                speaker: agent
                severity: auto_fail
                before: account-details
                phrases: [date of birth]
              - id: account-details
                description: The agent discusses the account.
                version: 1
                kind: category
                speaker: agent
                phrases: [balance]
              - id: promise
                description: The agent promises a refund.
                version: 1
                kind: prohibited
                speaker: agent
                severity: auto_fail
                negation: ignore
                phrases:
                  - all: [i promise, refunded]
              - id: escalation
                description: The customer asks for a supervisor.
                version: 1
                kind: category
                speaker: customer
                phrases: [supervisor]
              - id: cancellation
                description: The customer wants to cancel.
                version: 1
                kind: category
                speaker: customer
                phrases: [cancel my]
              - id: retention-offer
                description: Retention agents offer an alternative.
                version: 1
                kind: required
                speaker: agent
                severity: major
                applies_to:
                  queues: [retention]
                  directions: [inbound]
                phrases: [no annual fee]
            """;

    private static RulePack pack;

    @BeforeAll
    static void loadPack(@TempDir Path folder) throws Exception {
        pack = RulePack.load(Files.writeString(folder.resolve("evaluation-test.yaml"), PACK));
    }

    @Test
    void givesOneResultPerRuleInThePacksOrderWithVersionKindAndSeverity() {
        CallText call = new CallBuilder().agent(1_000, 5_000, "thank you for calling northwind bank").build();

        List<RuleResult> results = pack.evaluate(call);


        assertThat(results).extracting(RuleResult::ruleId).containsExactly("greeting", "closing", "early-question",
                "verification", "account-details", "promise", "escalation", "cancellation", "retention-offer");
        assertThat(results.get(0)).isEqualTo(new RuleResult("greeting", "2", RuleKind.REQUIRED, "minor", RuleOutcome.PASS,
                new Evidence(0, 1_000, 5_000, "thank you for calling northwind", 1.0)));
        assertThat(results.get(4).severity()).isNull();
    }

    @Test
    void passesARequiredRuleOnlyInsideItsWindow() {
        assertThat(outcome("greeting", new CallBuilder().agent(14_000, 16_000, "thank you for calling northwind")))
                .isEqualTo(RuleOutcome.PASS);
        RuleResult late =
                result("greeting", new CallBuilder().agent(20_000, 23_000, "thank you for calling northwind"));
        assertThat(late.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(late.evidence()).isNull();
    }

    @Test
    void timesWordsByTheirPlaceInALongUtterance() {
        // Twenty seconds for twenty words: the greeting's first word is the eighteenth, said about 27 s in.
        String lateInTheTurn = "so sorry about the wait we had a long queue this morning here it is now thank you "
                + "for calling northwind";
        String earlyInTheTurn = "thank you for calling northwind sorry about the wait we had a long queue this morning "
                + "here it is now";

        assertThat(outcome("greeting", new CallBuilder().agent(10_000, 30_000, lateInTheTurn)))
                .isEqualTo(RuleOutcome.FAIL);
        assertThat(outcome("greeting", new CallBuilder().agent(10_000, 30_000, earlyInTheTurn)))
                .isEqualTo(RuleOutcome.PASS);
    }

    @Test
    void looksForTheClosingInTheLastSeconds() {
        String offer = "anything else i can help with";
        CallBuilder early = new CallBuilder().duration(200_000).agent(100_000, 103_000, offer);
        CallBuilder late = new CallBuilder().duration(200_000).agent(170_000, 173_000, offer);

        assertThat(outcome("closing", early)).isEqualTo(RuleOutcome.FAIL);
        assertThat(outcome("closing", late)).isEqualTo(RuleOutcome.PASS);
    }

    @Test
    void prefersTheMatchNearestTheEndForAWindowAtTheEnd() {
        CallBuilder call = new CallBuilder()
                .agent(1_000, 3_000, "is there anything else i can help with")
                .agent(30_000, 32_000, "is there anything else i can help with");

        assertThat(result("closing", call).evidence().turnIndex()).isEqualTo(1);
    }

    @Test
    void readsAShareOfTheCallAsAWindow() {
        CallBuilder inTime = new CallBuilder().duration(100_000).agent(20_000, 22_000, "how can i help");
        CallBuilder tooLate = new CallBuilder().duration(100_000).agent(30_000, 32_000, "how can i help");

        assertThat(outcome("early-question", inTime)).isEqualTo(RuleOutcome.PASS);
        assertThat(outcome("early-question", tooLate)).isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void takesTheEndOfTheLastWordsAsTheCallsLengthWhenTheDurationIsUnknown() {
        // The call is taken to last 120 s, so its first quarter ends at 30 s.
        CallBuilder inTime = new CallBuilder().duration(0)
                .agent(20_000, 22_000, "how can i help")
                .customer(100_000, 120_000, "well it's a long story");
        CallBuilder tooLate = new CallBuilder().duration(0)
                .agent(40_000, 42_000, "how can i help")
                .customer(100_000, 120_000, "well it's a long story");

        assertThat(outcome("early-question", inTime)).isEqualTo(RuleOutcome.PASS);
        assertThat(outcome("early-question", tooLate)).isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void passesVerificationBeforeAccountDetails() {
        RuleResult result = result("verification", new CallBuilder()
                .agent(5_000, 8_000, "can you confirm your date of birth")
                .customer(9_000, 11_000, "the fourth of march nineteen eighty five")
                .agent(12_000, 15_000, "thanks your balance is forty pounds"));

        assertThat(result.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(result.evidence().turnIndex()).isZero();
    }

    @Test
    void failsVerificationAfterAccountDetailsWithTheEvidenceOfWhereTheOrderWasBroken() {
        RuleResult result = result("verification", new CallBuilder()
                .agent(5_000, 8_000, "your balance is forty pounds")
                .agent(9_000, 12_000, "oh and can you confirm your date of birth"));

        assertThat(result.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(result.evidence().turnIndex()).isZero();
        assertThat(result.evidence().matchedText()).isEqualTo("balance");
    }

    @Test
    void comparesTheOrderWithinOneUtterance() {
        assertThat(outcome("verification", new CallBuilder()
                .agent(5_000, 9_000, "before we look at your balance can you confirm your date of birth")))
                .isEqualTo(RuleOutcome.FAIL);
        assertThat(outcome("verification", new CallBuilder()
                .agent(5_000, 9_000, "can you confirm your date of birth and then we look at your balance")))
                .isEqualTo(RuleOutcome.PASS);
    }

    @Test
    void passesVerificationWhenNoAccountDetailsFollowAndFailsItWhenItIsNeverAsked() {
        assertThat(outcome("verification", new CallBuilder().agent(5_000, 8_000, "what's your date of birth")))
                .isEqualTo(RuleOutcome.PASS);
        RuleResult missing = result("verification", new CallBuilder().agent(5_000, 8_000, "how can i help"));
        assertThat(missing.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(missing.evidence()).isNull();
    }

    @Test
    void countsOnlyTheRulesSpeaker() {
        assertThat(outcome("escalation", new CallBuilder().agent(5_000, 8_000, "let me get my supervisor")))
                .isEqualTo(RuleOutcome.MISS);
        assertThat(outcome("escalation", new CallBuilder().customer(5_000, 8_000, "i want your supervisor now")))
                .isEqualTo(RuleOutcome.HIT);
    }

    @Test
    void doesNotCountANegatedPhrase() {
        assertThat(outcome("cancellation", new CallBuilder().customer(5_000, 8_000, "please cancel my card")))
                .isEqualTo(RuleOutcome.HIT);
        assertThat(outcome("cancellation", new CallBuilder().customer(5_000, 8_000, "please don't cancel my card")))
                .isEqualTo(RuleOutcome.MISS);
        assertThat(outcome("cancellation", new CallBuilder().customer(5_000, 8_000, "i don't want to cancel my card")))
                .isEqualTo(RuleOutcome.MISS);
    }

    @Test
    void failsAProhibitedRuleWhenAllOfAGroupIsSaid() {
        RuleResult promised =
                result("promise", new CallBuilder().agent(5_000, 8_000, "i promise you'll be refunded by friday"));
        RuleResult hedged = result("promise", new CallBuilder().agent(5_000, 8_000, "i promise to look into it"));

        assertThat(promised.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(promised.evidence().matchedText()).isEqualTo("i promise … refunded");
        assertThat(hedged.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(hedged.evidence()).isNull();
    }

    @Test
    void appliesARuleOnlyToTheQueuesAndDirectionsItNames() {
        String offer = "i could move you to a card with no annual fee";

        assertThat(outcome("retention-offer", new CallBuilder().queue("Retention").agent(5_000, 8_000, offer)))
                .isEqualTo(RuleOutcome.PASS);
        assertThat(outcome("retention-offer", new CallBuilder().queue("retention").agent(5_000, 8_000, "ok")))
                .isEqualTo(RuleOutcome.FAIL);
        assertThat(outcome("retention-offer", new CallBuilder().queue("cards").agent(5_000, 8_000, offer)))
                .isEqualTo(RuleOutcome.NOT_APPLICABLE);
        assertThat(outcome("retention-offer", new CallBuilder().queue(null).agent(5_000, 8_000, offer)))
                .isEqualTo(RuleOutcome.NOT_APPLICABLE);
        assertThat(outcome("retention-offer",
                new CallBuilder().queue("retention").direction("outbound").agent(5_000, 8_000, offer)))
                .isEqualTo(RuleOutcome.NOT_APPLICABLE);
    }

    @Test
    void leavesSpeakerRulesOutOfACallWhoseSpeakersAreUnknown() {
        CallBuilder mono = new CallBuilder().unknown(1_000, 5_000, "thank you for calling northwind bank");

        assertThat(outcome("greeting", mono)).isEqualTo(RuleOutcome.NOT_APPLICABLE);
        assertThat(outcome("escalation", mono)).isEqualTo(RuleOutcome.NOT_APPLICABLE);
    }

    @Test
    void givesTheSameResultsOnManyThreadsAtOnce() {
        CallText call = DemoCallTranscripts.lostCard();
        List<RuleResult> expected = pack.evaluate(call);

        List<List<RuleResult>> results =
                IntStream.range(0, 200).parallel().mapToObj(index -> pack.evaluate(call)).toList();

        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(expected));
    }

    @Test
    void evaluatesTheSameAfterJavaSerializationAsSparkShipsThePackToItsTasks() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
            output.writeObject(pack);
        }
        RulePack shipped;
        try (ObjectInputStream input = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (RulePack) input.readObject();
        }

        assertThat(shipped).isEqualTo(pack);
        CallText call = DemoCallTranscripts.disputedFee();
        assertThat(shipped.evaluate(call)).isEqualTo(pack.evaluate(call));
    }

    private static RuleOutcome outcome(String ruleId, CallBuilder call) {
        return result(ruleId, call).outcome();
    }

    private static RuleResult result(String ruleId, CallBuilder call) {
        Map<String, RuleResult> results = pack.evaluate(call.build()).stream()
                .collect(Collectors.toMap(RuleResult::ruleId, Function.identity()));
        return results.get(ruleId);
    }

    /** A call of a minute in the retention queue, inbound, unless told otherwise. */
    private static final class CallBuilder {
        private final List<SpokenTurn> turns = new ArrayList<>();
        private long durationMillis = 60_000;
        private String queue = "retention";
        private String direction = "inbound";

        CallBuilder duration(long millis) {
            durationMillis = millis;
            return this;
        }

        CallBuilder queue(String name) {
            queue = name;
            return this;
        }

        CallBuilder direction(String name) {
            direction = name;
            return this;
        }

        CallBuilder agent(long startMillis, long endMillis, String text) {
            return turn(Speaker.AGENT, startMillis, endMillis, text);
        }

        CallBuilder customer(long startMillis, long endMillis, String text) {
            return turn(Speaker.CUSTOMER, startMillis, endMillis, text);
        }

        CallBuilder unknown(long startMillis, long endMillis, String text) {
            return turn(Speaker.UNKNOWN, startMillis, endMillis, text);
        }

        private CallBuilder turn(Speaker speaker, long startMillis, long endMillis, String text) {
            turns.add(new SpokenTurn(turns.size(), speaker, startMillis, endMillis, text));
            return this;
        }

        CallText build() {
            return new CallText("c-test", durationMillis, queue, direction, turns);
        }
    }
}
