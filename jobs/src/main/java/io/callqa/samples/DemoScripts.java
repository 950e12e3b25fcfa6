package io.callqa.samples;

import static io.callqa.samples.Turn.agent;
import static io.callqa.samples.Turn.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Four customer-service calls to Northwind Bank, written to exercise the pipeline: every call has the greeting,
 * the recording disclosure, identity verification and the closing question that compliance rules look for, and
 * between them they hold an interruption, a long hold, a request for a supervisor and a cancellation.
 */
public final class DemoScripts {
    /** Where a recording starts: a recorder picks up a moment before the agent speaks. */
    private static final long LEADING_SILENCE_MILLIS = 500;
    private static final String SARAH = "A100";
    private static final String DAVID = "A200";

    private DemoScripts() {}

    public static List<Agent> agents() {
        return List.of(
                new Agent(SARAH, "Sarah Mitchell", "Everyday Banking", "S900", LocalDate.parse("2023-04-17")),
                new Agent(DAVID, "David Chen", "Card Services", "S901", LocalDate.parse("2021-09-06")));
    }

    public static List<CallScript> calls() {
        return List.of(lostCard(), disputedFee(), returnedTransfer(), cancelledCard());
    }

    /** The customer cuts in about a second before the agent finishes. */
    static CallScript lostCard() {
        return new CallScript("c001", SARAH, Instant.parse("2026-11-02T09:14:05Z"), "cards", "inbound", "K-48213", 0,
                "slt", "awb", List.of(
                agent("Thank you for calling Northwind Bank, this is Sarah. This call may be recorded for quality "
                        + "and training purposes. How can I help?").after(LEADING_SILENCE_MILLIS),
                customer("Hi, I think I lost my debit card yesterday."),
                agent("Sorry to hear that. Can you confirm your date of birth?"),
                customer("It's the fourth of March, nineteen eighty five.").after(400),
                agent("Thank you. I'm blocking the card ending in four two one seven now, so nobody else can use it."),
                customer("Sorry, can you check if anyone used it this morning?").overlapping(1000),
                agent("Of course. There are no new payments, so your money is safe. A new card will arrive within "
                        + "a week."),
                customer("Oh, that's a relief."),
                agent("Is there anything else I can help you with?"),
                customer("No, that's everything, thanks."),
                agent("Thanks for calling Northwind Bank. Have a lovely day.")));
    }

    /** An unhappy customer who asks for a supervisor. */
    static CallScript disputedFee() {
        return new CallScript("c002", DAVID, Instant.parse("2026-11-02T14:32:40Z"), "accounts", "inbound", "K-10577",
                1, "rms", "kal16", List.of(
                agent("Northwind Bank, David speaking. This call may be recorded for quality and training purposes. "
                        + "How can I help?").after(LEADING_SILENCE_MILLIS),
                customer("I was charged a thirty five dollar overdraft fee, and I want it refunded."),
                agent("Can you confirm your date of birth, please?"),
                customer("July twelfth, nineteen seventy nine.").after(400),
                agent("I'm afraid I can't refund it, since we already refunded one in August."),
                customer("That's not fair. I want to speak to a supervisor.").after(300),
                agent("I'll ask my supervisor to call you back today."),
                customer("Make sure they actually call."),
                agent("They will. Is there anything else I can help you with?"),
                customer("No, that's it.").after(400),
                agent("Thanks for your patience, and for calling Northwind Bank.")));
    }

    /** The agent puts the customer on hold: six seconds in which nobody speaks. */
    static CallScript returnedTransfer() {
        return new CallScript("c003", SARAH, Instant.parse("2026-11-03T10:05:12Z"), "payments", "inbound", "K-33960",
                0, "slt", "kal16", List.of(
                agent("Thank you for calling Northwind Bank, this is Sarah. This call may be recorded for quality "
                        + "and training purposes. How can I help?").after(LEADING_SILENCE_MILLIS),
                customer("Hi. The rent I paid my landlord on Monday never arrived."),
                agent("Can you confirm your date of birth, please?"),
                customer("The twenty second of October, nineteen ninety.").after(400),
                agent("Please hold while I check."),
                agent("Thanks for holding. The payment came back, because the account number was wrong.").after(6000),
                customer("Oh no. What do I do now?"),
                agent("You can send it again with the right number. Is there anything else I can help you with?"),
                customer("No, thanks, that's all.").after(400),
                agent("Thank you for calling Northwind Bank. Goodbye.")));
    }

    /** A customer who wants to cancel and declines the agent's offer. */
    static CallScript cancelledCard() {
        return new CallScript("c004", DAVID, Instant.parse("2026-11-03T16:48:31Z"), "retention", "inbound", "K-77104",
                1, "rms", "awb", List.of(
                agent("Thank you for calling Northwind Bank, this is David. This call may be recorded for quality "
                        + "and training purposes. How can I help?").after(LEADING_SILENCE_MILLIS),
                customer("Hi, I'd like to cancel my credit card."),
                agent("Sure. Can you confirm your date of birth first?"),
                customer("The ninth of December, nineteen sixty eight.").after(400),
                agent("May I ask why you want to cancel?"),
                customer("The fee went up, and I hardly use it anymore."),
                agent("I could move you to a card with no annual fee instead."),
                customer("No thanks, please just cancel it.").after(400),
                agent("Done, it's cancelled as of today. Is there anything else I can help you with?"),
                customer("No, thank you.").after(400),
                agent("Thanks for being a Northwind Bank customer. Have a good evening.")));
    }
}
