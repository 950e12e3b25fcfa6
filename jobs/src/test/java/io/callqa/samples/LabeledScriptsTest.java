package io.callqa.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.manifest.CallManifest;
import io.callqa.manifest.CallManifestReader;
import io.callqa.manifest.TabularFile;
import io.callqa.rules.RuleOutcome;
import io.callqa.samples.LabeledCall.Cue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labels of the labeled calls are true of the audio: synthesized with the real generator (needs the flite
 * command, Debian package {@code flite}), each call's timeline must put the cued phrases where the label says.
 */
class LabeledScriptsTest {
    private static final long GREETING_WINDOW_MILLIS = 15_000;
    private static final long DISCLOSURE_WINDOW_MILLIS = 30_000;
    private static final long CLOSING_WINDOW_MILLIS = 60_000;
    /**
     * How far a phrase must stay from a window's edge. A recognizer's utterance boundaries are good to a few
     * hundred milliseconds, and a rule may time a phrase by its utterance's start, its end or its own words: two
     * seconds keeps the label true under all of these.
     */
    private static final long MARGIN_MILLIS = 2_000;
    /**
     * A late phrase must not share an utterance with earlier speech of the same party, or the utterance would start
     * inside the window; a second of silence on the channel makes the recognizer end the utterance before it.
     */
    private static final long OWN_CHANNEL_PAUSE_MILLIS = 1_000;
    private static final int AT_LEAST_PER_OUTCOME = 5;
    private static final Function<Path, TabularFile.Contents> NO_PARQUET = path -> {
        throw new AssertionError("the manifest is CSV, not Parquet");
    };
    /**
     * Words that give a rule's phrase away in the clean script text. A turn of the rule's speaker with such a word
     * must be marked, as a cue or as a decoy: an unmarked one is a phrase the labels overlooked.
     */
    private static final Map<Cue, Pattern> TELLTALES = new EnumMap<>(Map.of(
            Cue.GREETING, telltale("northwind|contoso|fabrikam|tailspin|\\bsarah\\b|\\bdavid\\b|my name"),
            Cue.RECORDING_DISCLOSURE, telltale("record|monitor"),
            Cue.VERIFICATION_QUESTION, telltale("date of birth|last four|postcode|security question"),
            Cue.CLOSING, telltale("thank|anything else|help"),
            Cue.PROHIBITED_LANGUAGE, telltale("guarantee|promise|idiot|stupid|damn|shut up|\\bhell\\b"),
            Cue.ESCALATION_REQUEST, telltale("supervisor|manager|senior|in charge"),
            Cue.CANCELLATION_INTENT, telltale("cancel|close|terminat")));

    @TempDir
    static Path folder;

    private static List<LabeledCall> calls;
    private static Map<String, CallGroundTruth> truths;

    @BeforeAll
    static void synthesize() throws Exception {
        calls = LabeledScripts.calls();
        truths = new SampleCallsGenerator(new CallSynthesizer(new TextToSpeech()), DemoScripts.agents())
                .generate(folder, LabeledScripts.scripts()).stream()
                .collect(Collectors.toMap(CallGroundTruth::callId, truth -> truth, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void labelsEveryRuleOfTheDefaultPackWithAnOutcomeOfItsKind() {
        for (LabeledCall call : calls) {
            assertThat(call.expected().keySet()).as(call.callId()).containsExactlyInAnyOrderElementsOf(
                    LabeledScripts.RULE_IDS);
            for (String rule : LabeledScripts.RULE_IDS) {
                Set<RuleOutcome> allowed = LabeledScripts.CATEGORY_RULES.contains(rule)
                        ? Set.of(RuleOutcome.HIT, RuleOutcome.MISS)
                        : Set.of(RuleOutcome.PASS, RuleOutcome.FAIL);
                assertThat(call.expected(rule)).as(call.callId() + " " + rule).isIn(allowed);
            }
            assertThat(call.purpose()).as(call.callId()).isNotBlank();
        }
    }

    @Test
    void givesEveryRuleAtLeastFivePositivesAndFiveNegatives() {
        for (String rule : LabeledScripts.RULE_IDS) {
            Map<RuleOutcome, Long> counts = calls.stream()
                    .collect(Collectors.groupingBy(call -> call.expected(rule), Collectors.counting()));
            assertThat(counts).as(rule).hasSize(2);
            assertThat(counts.values()).as(rule + " " + counts).allSatisfy(
                    count -> assertThat(count).isGreaterThanOrEqualTo(AT_LEAST_PER_OUTCOME));
        }
    }

    /** The heart of it: where the cued phrases fall on the synthesized timeline decides each timed rule. */
    @Test
    void timingMakesEveryLabelTrue() {
        List<String> wrong = new ArrayList<>();
        for (LabeledCall call : calls) {
            CallGroundTruth truth = truths.get(call.callId());
            for (String rule : LabeledScripts.RULE_IDS) {
                RuleOutcome timed = outcomeFromTimeline(call, truth, rule);
                if (timed != call.expected(rule)) {
                    wrong.add(String.format("%s %s: labeled %s, timeline gives %s (%s)%n%s", call.callId(), rule,
                            call.expected(rule), timed == null ? "neither (a phrase too close to a window's edge)"
                                    : timed, call.purpose(), timeline(truth)));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void cuesAreSpokenByTheRulesSpeakerAndNeverDoubleAsDecoys() {
        for (LabeledCall call : calls) {
            for (int index = 0; index < call.turnMarks().size(); index++) {
                LabeledCall.Marks marks = call.turnMarks().get(index);
                Party party = call.script().turns().get(index).party();
                String where = call.callId() + " turn " + index;
                assertThat(marks.cues()).as(where).allSatisfy(cue -> assertThat(cue.party()).isEqualTo(party));
                assertThat(Collections.disjoint(marks.cues(), marks.decoys())).as(where + " " + marks).isTrue();
            }
        }
    }

    @Test
    void everyTelltaleWordIsMarkedAsACueOrADecoy() {
        List<String> unmarked = new ArrayList<>();
        for (LabeledCall call : calls) {
            for (int index = 0; index < call.turnMarks().size(); index++) {
                Turn turn = call.script().turns().get(index);
                LabeledCall.Marks marks = call.turnMarks().get(index);
                for (Map.Entry<Cue, Pattern> telltale : TELLTALES.entrySet()) {
                    Cue cue = telltale.getKey();
                    if (turn.party() == cue.party() && telltale.getValue().matcher(turn.text()).find()
                            && !marks.cues().contains(cue) && !marks.decoys().contains(cue)) {
                        unmarked.add(call.callId() + " turn " + index + " " + cue + ": " + turn.text());
                    }
                }
            }
        }
        assertThat(unmarked).isEmpty();
    }

    @Test
    void carriesTheManifestFactsThePipelineNeeds() {
        CallManifest manifest = new CallManifestReader(NO_PARQUET).read(folder.resolve("calls.csv"));
        assertThat(manifest.rejects()).isEmpty();
        assertThat(manifest.calls()).hasSize(calls.size());

        Map<String, String> voiceOfAgent = Map.of("A100", "slt", "A200", "rms");
        for (int position = 0; position < calls.size(); position++) {
            CallScript script = calls.get(position).script();
            assertThat(script.agentVoice()).as(script.callId()).isEqualTo(voiceOfAgent.get(script.agentId()));
            assertThat(script.customerVoice()).as(script.callId()).isIn("awb", "kal16", "rms");
            assertThat(script.agentChannel()).as(script.callId()).isEqualTo(position % 2);
            assertThat(script.startedAt().atZone(ZoneOffset.UTC).getYear()).isEqualTo(2026);
            assertThat(script.startedAt().atZone(ZoneOffset.UTC).getMonthValue()).as(script.callId()).isEqualTo(11);
            assertThat(script.queue()).as(script.callId()).isNotBlank();
            assertThat(script.direction()).as(script.callId()).isIn("inbound", "outbound");
        }
        assertThat(calls).extracting(call -> call.script().customerVoice()).contains("awb", "kal16", "rms");
        assertThat(calls).extracting(call -> call.script().direction()).contains("inbound", "outbound");
        assertThat(calls).extracting(call -> call.script().startedAt()).doesNotHaveDuplicates()
                .allSatisfy(start -> assertThat(start).isBefore(Instant.parse("2026-12-01T00:00:00Z")));
    }

    @Test
    void callsAreShortAndTheWholeSetLastsAtMostFifteenMinutes() throws Exception {
        long total = 0;
        for (CallGroundTruth truth : truths.values()) {
            assertThat(truth.durationMillis()).as(truth.callId()).isBetween(15_000L, 40_000L);
            assertThat(Files.size(folder.resolve("calls").resolve(truth.callId() + ".wav"))).isPositive();
            total += truth.durationMillis();
        }
        assertThat(Duration.ofMillis(total)).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    /** What the rule must decide, judged from the cued turns' places in time; null when too close to call. */
    private static RuleOutcome outcomeFromTimeline(LabeledCall call, CallGroundTruth truth, String rule) {
        return switch (rule) {
            case "greeting" -> withinFirst(GREETING_WINDOW_MILLIS, cued(call, truth, Cue.GREETING), truth);
            case "recording-disclosure" ->
                    withinFirst(DISCLOSURE_WINDOW_MILLIS, cued(call, truth, Cue.RECORDING_DISCLOSURE), truth);
            case "identity-verification" -> verifiedFirst(cued(call, truth, Cue.VERIFICATION_QUESTION),
                    cued(call, truth, Cue.ACCOUNT_DETAILS));
            case "closing" -> withinLast(CLOSING_WINDOW_MILLIS, cued(call, truth, Cue.CLOSING), truth);
            case "prohibited-language" ->
                    cued(call, truth, Cue.PROHIBITED_LANGUAGE).isEmpty() ? RuleOutcome.PASS : RuleOutcome.FAIL;
            case "escalation-request" ->
                    cued(call, truth, Cue.ESCALATION_REQUEST).isEmpty() ? RuleOutcome.MISS : RuleOutcome.HIT;
            case "cancellation-intent" ->
                    cued(call, truth, Cue.CANCELLATION_INTENT).isEmpty() ? RuleOutcome.MISS : RuleOutcome.HIT;
            default -> throw new IllegalArgumentException("no timing definition for rule " + rule);
        };
    }

    /** PASS when a cued phrase is over well inside the window, FAIL when every one starts well after it. */
    private static RuleOutcome withinFirst(long windowMillis, List<TimedTurn> cued, CallGroundTruth truth) {
        if (cued.stream().anyMatch(turn -> turn.endMillis() <= windowMillis - MARGIN_MILLIS)) {
            return RuleOutcome.PASS;
        }
        if (cued.stream().allMatch(turn -> turn.startMillis() >= windowMillis + MARGIN_MILLIS
                && ownChannelPauseBefore(turn, truth) >= OWN_CHANNEL_PAUSE_MILLIS)) {
            return RuleOutcome.FAIL;
        }
        return null;
    }

    /** PASS when a cued phrase starts well inside the last window, FAIL when every one ends well before it. */
    private static RuleOutcome withinLast(long windowMillis, List<TimedTurn> cued, CallGroundTruth truth) {
        long windowStart = truth.durationMillis() - windowMillis;
        if (cued.stream().anyMatch(turn -> turn.startMillis() >= windowStart + MARGIN_MILLIS)) {
            return RuleOutcome.PASS;
        }
        if (cued.stream().allMatch(turn -> turn.endMillis() <= windowStart - MARGIN_MILLIS)) {
            return RuleOutcome.FAIL;
        }
        return null;
    }

    /**
     * PASS when a verification question is over before the agent first discusses the account, FAIL when none is;
     * null when the call never discusses the account (the rule would not apply) or the two share a turn.
     */
    private static RuleOutcome verifiedFirst(List<TimedTurn> questions, List<TimedTurn> accountDetails) {
        if (accountDetails.isEmpty()) {
            return null;
        }
        TimedTurn firstDetails = accountDetails.get(0);
        if (questions.stream().anyMatch(question -> question.endMillis() <= firstDetails.startMillis())) {
            return RuleOutcome.PASS;
        }
        if (questions.stream().allMatch(question -> question.startMillis() >= firstDetails.endMillis())) {
            return RuleOutcome.FAIL;
        }
        return null;
    }

    private static List<TimedTurn> cued(LabeledCall call, CallGroundTruth truth, Cue cue) {
        return call.turnsWith(cue).stream().map(index -> truth.turns().get(index)).toList();
    }

    /** Silence on the turn's own channel before it: since the same party last spoke, or since the recording began. */
    private static long ownChannelPauseBefore(TimedTurn turn, CallGroundTruth truth) {
        long lastOwnSpeechEnd = truth.turns().stream()
                .filter(other -> other.index() < turn.index() && other.party() == turn.party())
                .mapToLong(TimedTurn::endMillis).max().orElse(0);
        return turn.startMillis() - lastOwnSpeechEnd;
    }

    private static String timeline(CallGroundTruth truth) {
        return truth.turns().stream()
                .map(turn -> String.format("  %2d %-8s %6d-%6d %s", turn.index(), turn.party().label(),
                        turn.startMillis(), turn.endMillis(), turn.text()))
                .collect(Collectors.joining("\n"));
    }

    private static Pattern telltale(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
