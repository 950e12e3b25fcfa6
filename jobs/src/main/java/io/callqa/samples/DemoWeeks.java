package io.callqa.samples;

import static io.callqa.samples.Turn.agent;
import static io.callqa.samples.Turn.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Six weeks of calls for the demo, enough for every page to show something: two teams of three agents, one call per
 * agent a week plus the four calls of {@link DemoScripts}, so that trend charts have lines. Two agents have a habit
 * the statistics should find, and a new subject turns up in the last week:
 *
 * <ul>
 *   <li>Tom Okafor (Everyday Banking) leaves out the recording disclosure in five of his six calls — an auto-fail,
 *       and a coaching target beside Sarah and Priya, who never do;
 *   <li>Ben Walsh (Card Services) ends every call without offering more help or thanking the customer — the closing
 *       question, a coaching target beside David and Lucia;
 *   <li>in the last week most callers complain that the mobile app crashes — emerging terms ("annoying",
 *       "crashing", "app");
 *   <li>each week a customer of the team's first agent calls the third agent again within days, so first-contact
 *       resolution is below 100 %; some customers ask for a supervisor, some cancel.
 * </ul>
 *
 * <p>Calls are 25–35 s (22 minutes of audio in all), so that transcribing them stays a small part of the demo.
 */
public final class DemoWeeks {
    /** Monday of the first week; the sixth is the week of {@link DemoScripts}' calls. */
    private static final LocalDate FIRST_MONDAY = LocalDate.parse("2026-09-28");
    private static final int WEEKS = 6;
    private static final long LEADING_SILENCE_MILLIS = 500;

    private record DemoAgent(Agent agent, String firstName, String voice, String customerVoice) {}

    private static final List<DemoAgent> AGENTS = List.of(
            new DemoAgent(new Agent("A100", "Sarah Mitchell", "Everyday Banking", "S900", LocalDate.parse("2023-04-17")),
                    "Sarah", "slt", "awb"),
            new DemoAgent(new Agent("A101", "Priya Natarajan", "Everyday Banking", "S900", LocalDate.parse("2024-02-05")),
                    "Priya", "slt", "rms"),
            new DemoAgent(new Agent("A102", "Tom Okafor", "Everyday Banking", "S900", LocalDate.parse("2026-06-01")),
                    "Tom", "rms", "kal16"),
            new DemoAgent(new Agent("A200", "David Chen", "Card Services", "S901", LocalDate.parse("2021-09-06")),
                    "David", "rms", "slt"),
            new DemoAgent(new Agent("A201", "Lucia Romero", "Card Services", "S901", LocalDate.parse("2022-11-14")),
                    "Lucia", "slt", "kal16"),
            new DemoAgent(new Agent("A202", "Ben Walsh", "Card Services", "S901", LocalDate.parse("2026-05-11")),
                    "Ben", "awb", "slt"));
    private static final String TOM = "A102";
    private static final String BEN = "A202";

    /** Why a customer calls: what they say, what the agent answers, and how the customer takes it. */
    private record Subject(String queue, String opener, String answer, String reply, String agentBeforeClosing) {}

    private static final Subject LOST_CARD = new Subject("cards", "Hi, I lost my debit card on the bus yesterday.",
            "I have blocked the card, and a new one will arrive within a week.", "Great, thank you so much.", null);
    private static final Subject ADDRESS = new Subject("accounts", "I moved house and need to update my address.",
            "Done, your new address is saved on the account.", "Perfect, thanks.", null);
    private static final Subject TRANSFER = new Subject("payments", "My transfer to my landlord never arrived.",
            "The payment came back, because the account number was wrong.", "Oh no. I will send it again then.", null);
    private static final Subject BALANCE = new Subject("accounts",
            "Can you tell me why my balance is lower than I expected?",
            "A payment of forty dollars to the phone company went out today.", "Ah, I forgot about that one.", null);
    private static final Subject FEE = new Subject("accounts", "I was charged a late fee that is not fair.",
            "I am sorry, I cannot remove that fee.", "That is ridiculous. I want to speak to a supervisor.",
            "I understand. My supervisor will call you back today.");
    private static final Subject CANCEL = new Subject("retention", "I would like to cancel my credit card, please.",
            "I could move you to a card with no annual fee instead.", "No thanks, please just cancel it.",
            "Okay, the card is cancelled as of today.");
    private static final Subject APP = new Subject("digital", "Your mobile app keeps crashing when I log in.",
            "Sorry about that. Our team is fixing a problem with the latest app update.",
            "The app crashed three times this morning. It is really annoying.", null);
    private static final List<Subject> USUAL = List.of(LOST_CARD, ADDRESS, TRANSFER, BALANCE, FEE, CANCEL);
    private static final List<String> BIRTH_DATES = List.of("The fourth of March, nineteen eighty five.",
            "July twelfth, nineteen seventy nine.", "The ninth of December, nineteen sixty eight.",
            "The twenty second of October, nineteen ninety.", "May first, nineteen eighty two.",
            "The sixth of June, nineteen seventy five.");

    private DemoWeeks() {}

    public static List<Agent> agents() {
        return AGENTS.stream().map(DemoAgent::agent).toList();
    }

    /** {@link DemoScripts}' four calls and one call per agent and week. */
    public static List<CallScript> calls() {
        List<CallScript> calls = new ArrayList<>(DemoScripts.calls());
        for (int week = 0; week < WEEKS; week++) {
            for (int index = 0; index < AGENTS.size(); index++) {
                calls.add(call(week, index));
            }
        }
        return List.copyOf(calls);
    }

    private static CallScript call(int week, int index) {
        DemoAgent demoAgent = AGENTS.get(index);
        String agentId = demoAgent.agent().agentId();
        int seat = index % 3;
        // The second team's subjects run one step ahead of the first's, so that the teams' trends differ.
        int team = index / 3;
        Subject subject = week == WEEKS - 1 && seat != 2 ? APP : USUAL.get((week + 2 * seat + team) % USUAL.size());
        LocalDate monday = FIRST_MONDAY.plusWeeks(week);
        // The team's third agent takes a call from the customer the first agent spoke to two days before.
        Instant startedAt = monday.plusDays(seat == 2 ? 2 + (week % 2) : seat).atTime(9 + index, 7 * index + week)
                .toInstant(ZoneOffset.UTC);
        String customerId = "K-" + (20_000 + 100 * week + (seat == 2 ? index - 2 : index));

        boolean discloses = !(agentId.equals(TOM) && week != 2);
        String greeting = agentId.equals(BEN) ? "Northwind Bank, Ben speaking."
                : "Thank you for calling Northwind Bank, this is " + demoAgent.firstName() + ".";
        List<Turn> turns = new ArrayList<>();
        turns.add(agent(greeting + (discloses ? " This call may be recorded for quality and training purposes." : "")
                + " How can I help?").after(LEADING_SILENCE_MILLIS));
        turns.add(customer(subject.opener()));
        turns.add(agent("Can you confirm your date of birth, please?"));
        turns.add(customer(BIRTH_DATES.get((week + index) % BIRTH_DATES.size())).after(400));
        turns.add(agent(subject.answer()));
        turns.add(customer(subject.reply()).after(300));
        String before = subject.agentBeforeClosing() == null ? "" : subject.agentBeforeClosing() + " ";
        if (agentId.equals(BEN)) {
            turns.add(agent(before.isEmpty() ? "Okay. Bye." : before + "Bye."));
        } else {
            turns.add(agent(before + "Is there anything else I can help you with?"));
            turns.add(customer("No, that is all.").after(400));
            turns.add(agent("Thanks for calling Northwind Bank. Goodbye."));
        }
        return new CallScript("w" + (week + 1) + "-" + agentId, agentId, startedAt, subject.queue(), "inbound",
                customerId, index % 2, demoAgent.voice(), demoAgent.customerVoice(), turns);
    }
}
