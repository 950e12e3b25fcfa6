package io.callqa.samples;

import static io.callqa.samples.LabeledCall.Cue.ACCOUNT_DETAILS;
import static io.callqa.samples.LabeledCall.Cue.CANCELLATION_INTENT;
import static io.callqa.samples.LabeledCall.Cue.CLOSING;
import static io.callqa.samples.LabeledCall.Cue.ESCALATION_REQUEST;
import static io.callqa.samples.LabeledCall.Cue.GREETING;
import static io.callqa.samples.LabeledCall.Cue.PROHIBITED_LANGUAGE;
import static io.callqa.samples.LabeledCall.Cue.RECORDING_DISCLOSURE;
import static io.callqa.samples.LabeledCall.Cue.VERIFICATION_QUESTION;

import io.callqa.rules.RuleOutcome;
import io.callqa.samples.LabeledCall.Cue;
import io.callqa.samples.LabeledCall.Marks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Thirty-six short calls labeled with the outcome every rule of the default pack must give them, to measure the
 * rules' precision and recall on audio that went through the recognizer.
 *
 * <p>Each call states only where it departs from a compliant call (greeting, disclosure, verification and closing
 * PASS, prohibited-language PASS, no escalation, no cancellation). Between them the calls give every rule at least
 * five positives and five negatives, and the negatives are made hard on purpose: the required phrase said too late
 * rather than left out, verification asked after the balance was read out, "supervisor" said by the agent, "I don't
 * want to cancel", "I can't promise anything", a customer who swears.
 *
 * <p>The windows of the rules (greeting in the first 15 s, disclosure in the first 30 s) are met or missed by at
 * least two seconds, so that a recognizer's utterance boundaries cannot move a phrase across them; the test
 * checks this on the synthesized timeline. Every call is shorter than 60 s, so every closing lies within the last
 * 60 s; in the calls labeled closing FAIL the agent never thanks the customer nor offers more help.
 *
 * <p>The calls last 18 to 38 s, under 15 minutes of audio in all, so that a benchmark that transcribes them stays
 * quick.
 *
 * <p>Agents are the roster's A100 (Sarah, voice {@code slt}) and A200 (David, voice {@code rms}), who name
 * themselves with their roster names; the company varies, since a greeting rule cannot know every tenant's name.
 */
public final class LabeledScripts {
    public static final List<String> REQUIRED_RULES =
            List.of("greeting", "recording-disclosure", "identity-verification", "closing");
    public static final List<String> PROHIBITED_RULES = List.of("prohibited-language");
    public static final List<String> CATEGORY_RULES = List.of("escalation-request", "cancellation-intent");
    public static final List<String> RULE_IDS = List.of("greeting", "recording-disclosure", "identity-verification",
            "closing", "prohibited-language", "escalation-request", "cancellation-intent");

    private static final String SARAH = "A100";
    private static final String DAVID = "A200";
    private static final Map<String, String> AGENT_VOICES = Map.of(SARAH, "slt", DAVID, "rms");
    private static final String AWB = "awb";
    private static final String KAL = "kal16";
    private static final String RMS = "rms";
    /** As in the demo calls: the recorder picks up a moment before anyone speaks. */
    private static final long LEADING_SILENCE_MILLIS = 500;
    /** The calls are spread over a working week, one every 97 minutes, so no two share a start time. */
    private static final Instant FIRST_START = Instant.parse("2026-11-09T08:30:00Z");
    private static final Duration BETWEEN_STARTS = Duration.ofMinutes(97);

    private LabeledScripts() {}

    public static List<CallScript> scripts() {
        return calls().stream().map(LabeledCall::script).toList();
    }

    public static List<LabeledCall> calls() {
        return List.of(
                call(1, SARAH, AWB, "cards", "compliant: lost card, date of birth").turns(
                        agent("Thank you for calling Northwind Bank, this is Sarah. This call may be recorded for "
                                + "quality and training purposes.", GREETING, RECORDING_DISCLOSURE, CLOSING),
                        customer("Hi, I lost my debit card this morning."),
                        agent("Can you confirm your date of birth?", VERIFICATION_QUESTION),
                        customer("March fourth, eighty five.").after(400),
                        agent("Your card ending in four two one seven is blocked, and a new one is on its way.",
                                ACCOUNT_DETAILS),
                        customer("Great."),
                        agent("Thanks for calling, and have a lovely day.", CLOSING)),

                call(2, DAVID, KAL, "accounts", "the customer asks for a supervisor; the agent's reply names one too")
                        .hits("escalation-request").turns(
                        agent("Northwind Bank, David speaking. This call is being monitored.",
                                GREETING, RECORDING_DISCLOSURE),
                        customer("I was charged a late fee, and I want it gone."),
                        agent("Can you confirm the last four digits of your card?", VERIFICATION_QUESTION),
                        customer("Eight eight one two.").after(400),
                        agent("That's a thirty five dollar late fee, and I can't remove it.", ACCOUNT_DETAILS),
                        customer("I want to speak to a supervisor.", ESCALATION_REQUEST),
                        agent("I'll ask my supervisor to call you. Anything else?", CLOSING)
                                .decoys(ESCALATION_REQUEST)),

                call(3, SARAH, RMS, "accounts", "the customer wants to close the account; postcode check")
                        .hits("cancellation-intent").turns(
                        agent("Good morning, Northwind Bank, my name is Sarah. Calls are recorded for training.",
                                GREETING, RECORDING_DISCLOSURE),
                        customer("Hello. I want to close my account.", CANCELLATION_INTENT),
                        agent("Of course. What's your postcode, please?", VERIFICATION_QUESTION),
                        customer("It's B S one, four D J.").after(400),
                        agent("Your balance is one hundred and twelve pounds, and I'll send it to you. Thanks for "
                                + "banking with us.", ACCOUNT_DETAILS, CLOSING)),

                call(4, DAVID, AWB, "cards", "greets without naming the company or himself; the company is named "
                        + "only in the closing").fails("greeting").turns(
                        agent("Hello, how can I help? This call is being recorded.", RECORDING_DISCLOSURE)
                                .decoys(GREETING, CLOSING),
                        customer("I'd like a higher limit on my credit card."),
                        agent("Sure. Can I take your date of birth?", VERIFICATION_QUESTION),
                        customer("June second, ninety one.").after(400),
                        agent("Your limit is two thousand dollars, and I can raise it to three.", ACCOUNT_DETAILS),
                        customer("Yes please."),
                        agent("All done. Thanks for calling Northwind Bank.", CLOSING, GREETING)),

                call(5, SARAH, KAL, "payments", "late greeting: the customer waits on a silent line, 17 s in")
                        .fails("greeting").turns(
                        customer("Hello?"),
                        customer("Hello, is anyone there?").after(4000),
                        customer("Hello? I've been waiting for ages.").after(4500),
                        agent("Sorry about that. Northwind Bank, my name is Sarah. This call is recorded.", GREETING,
                                RECORDING_DISCLOSURE).after(4000),
                        customer("Why did my rent payment bounce?"),
                        agent("Can you confirm your date of birth first?", VERIFICATION_QUESTION),
                        customer("May ninth, nineteen seventy.").after(400),
                        agent("It bounced because your balance was twelve dollars short. Anything else?",
                                ACCOUNT_DETAILS, CLOSING)),

                call(6, DAVID, RMS, "billing", "late greeting after 17 s of silence in the queue")
                        .fails("greeting").turns(
                        agent("Thanks for waiting, Contoso Energy, David speaking. Calls are recorded for training.",
                                GREETING, RECORDING_DISCLOSURE, CLOSING).after(17200),
                        customer("Hi, my bill doubled this month."),
                        agent("What's your postcode?", VERIFICATION_QUESTION),
                        customer("L S six, two A B.").after(400),
                        agent("Your meter reading was estimated, so I'll correct the bill. Anything else?",
                                ACCOUNT_DETAILS, CLOSING)),

                call(7, SARAH, AWB, "retention", "late greeting after 'one moment'; 'I don't want to cancel'")
                        .fails("greeting").turns(
                        agent("One moment, please."),
                        agent("Sorry for the wait. Northwind Bank, Sarah speaking. This call is monitored.",
                                GREETING, RECORDING_DISCLOSURE).after(15500),
                        customer("I don't want to cancel, but the annual fee has to go.")
                                .decoys(CANCELLATION_INTENT),
                        agent("Can I take the last four digits of your card?", VERIFICATION_QUESTION),
                        customer("Three three zero nine.").after(400),
                        agent("Your annual fee is ninety nine dollars. I can waive it. Thanks for staying.",
                                ACCOUNT_DETAILS, CLOSING)),

                call(8, DAVID, KAL, "cards", "no greeting at all, and an insult")
                        .fails("greeting").fails("prohibited-language").turns(
                        agent("Right, what's the problem? This call is recorded.", RECORDING_DISCLOSURE),
                        customer("Where do I find my card's expiry date?"),
                        agent("Date of birth?", VERIFICATION_QUESTION),
                        customer("May first, nineteen eighty.").after(400),
                        agent("That's a stupid question. Your card expires in March.", PROHIBITED_LANGUAGE,
                                ACCOUNT_DETAILS),
                        customer("Okay, thank you."),
                        agent("Anything else I can help with?", CLOSING)),

                call(9, SARAH, RMS, "payments", "no disclosure; 'no record of' is not one")
                        .fails("recording-disclosure").turns(
                        agent("Good afternoon, Northwind Bank, Sarah speaking.", GREETING),
                        customer("I sent money to my son, and he never got it."),
                        agent("Could you confirm your date of birth?", VERIFICATION_QUESTION),
                        customer("August first, nineteen sixty.").after(400),
                        agent("I can't find a record of that payment on your account.", ACCOUNT_DETAILS)
                                .decoys(RECORDING_DISCLOSURE),
                        customer("So where did it go?"),
                        agent("It was never sent. Anything else I can do for you?", CLOSING)),

                call(10, DAVID, AWB, "accounts", "late disclosure: after the statement is discussed, 32 s in")
                        .fails("recording-disclosure").turns(
                        agent("Thank you for calling Northwind Bank, this is David.", GREETING, CLOSING),
                        customer("Hi, I need a copy of my last statement."),
                        agent("Of course. What's your postcode?", VERIFICATION_QUESTION),
                        customer("M one, four B T.").after(400),
                        agent("Your October statement shows a balance of eight hundred dollars.", ACCOUNT_DETAILS),
                        customer("Can you post it to me, please?"),
                        agent("Yes. Please hold while I order it."),
                        agent("Done. Sorry, I should have said, this call is being recorded. Anything else?",
                                RECORDING_DISCLOSURE, CLOSING).after(11000)),

                call(11, SARAH, KAL, "cards", "late disclosure after a hold; the agent will ask her manager")
                        .fails("recording-disclosure").turns(
                        agent("Northwind Bank, Sarah speaking, how can I help?", GREETING).decoys(CLOSING),
                        customer("My card was declined at the supermarket."),
                        agent("Can you confirm the last four digits of the card?", VERIFICATION_QUESTION),
                        customer("Five five four zero.").after(400),
                        agent("Please hold while I check."),
                        agent("Thanks for holding. The card expired last month, and I'll ask my manager to send a "
                                + "new one.", ACCOUNT_DETAILS, CLOSING).decoys(ESCALATION_REQUEST).after(10000),
                        customer("Fine."),
                        agent("Oh, and this call is monitored.", RECORDING_DISCLOSURE).after(3000)),

                call(12, DAVID, RMS, "fraud", "no disclosure; 'we'll monitor your account' is not one; security "
                        + "question").fails("recording-disclosure").turns(
                        agent("Thank you for calling Fabrikam Mobile, David speaking.", GREETING, CLOSING),
                        customer("Someone used my account to order a new phone."),
                        agent("Please answer your security question. What was your first school?",
                                VERIFICATION_QUESTION),
                        customer("Oakfield Primary.").after(400),
                        agent("I see an order for a phone on the third. I've stopped it, and we'll monitor your "
                                + "account. Anything else?", ACCOUNT_DETAILS, CLOSING).decoys(RECORDING_DISCLOSURE)),

                call(13, SARAH, AWB, "retention", "no disclosure; 'terminate my contract'")
                        .fails("recording-disclosure").hits("cancellation-intent").turns(
                        agent("Hello, Tailspin Insurance, my name is Sarah.", GREETING),
                        customer("I'd like to terminate my contract, please.", CANCELLATION_INTENT),
                        agent("Can I take your date of birth?", VERIFICATION_QUESTION),
                        customer("July twelfth, seventy nine.").after(400),
                        agent("Your home policy renews on the first of December, so I'll end it before then. "
                                + "Thank you for your call.", ACCOUNT_DETAILS, CLOSING)),

                call(14, DAVID, KAL, "cards", "late disclosure after a long explanation; the agent cancels a card")
                        .fails("recording-disclosure").turns(
                        agent("Good morning, Northwind Bank, David speaking.", GREETING),
                        customer("Hi. I moved house last month, and my new card went to the old address."),
                        agent("Let's sort that out. Can you confirm your old postcode?", VERIFICATION_QUESTION),
                        customer("B S eight, one T H.").after(400),
                        agent("I can see the new card was sent to your old address on the fifth.", ACCOUNT_DETAILS),
                        customer("So what now?"),
                        agent("I'll cancel that card and send a new one to your new address.")
                                .decoys(CANCELLATION_INTENT),
                        customer("Okay. And how long will the new card take?"),
                        agent("About a week. By the way, calls are recorded for training. Is there anything else?",
                                RECORDING_DISCLOSURE, CLOSING).after(3000)),

                call(15, SARAH, RMS, "payments", "compliant; the disclosure comes late in its window, 20 s in")
                        .turns(
                        agent("Thank you for calling Northwind Bank, this is Sarah.", GREETING, CLOSING),
                        customer("Hi, I'd like to set up a standing order for my rent."),
                        agent("Can you confirm your date of birth?", VERIFICATION_QUESTION),
                        customer("January third, eighty eight.").after(400),
                        agent("Thanks. Your current account has enough for the first payment.", ACCOUNT_DETAILS,
                                CLOSING),
                        customer("Good. It's eight hundred a month to Mister Patel."),
                        agent("Please note that this call is recorded. It's set up. Anything else?",
                                RECORDING_DISCLOSURE, CLOSING)),

                call(16, DAVID, AWB, "accounts", "no verification before the balance is read out")
                        .fails("identity-verification").turns(
                        agent("Northwind Bank, David speaking. This call may be recorded.", GREETING,
                                RECORDING_DISCLOSURE),
                        customer("What's my balance, please?"),
                        agent("Your balance is four hundred and twenty dollars.", ACCOUNT_DETAILS),
                        customer("And did my salary come in?"),
                        agent("Yes, it arrived yesterday.", ACCOUNT_DETAILS),
                        customer("Great."),
                        agent("Thanks for calling.", CLOSING)),

                call(17, SARAH, KAL, "payments", "verification asked only after the refund was discussed")
                        .fails("identity-verification").turns(
                        agent("Thank you for calling Northwind Bank, my name is Sarah. Calls are monitored for "
                                + "training.", GREETING, RECORDING_DISCLOSURE, CLOSING),
                        customer("Did my refund from the airline arrive?"),
                        agent("Yes, a refund of three hundred dollars arrived on Tuesday.", ACCOUNT_DETAILS),
                        customer("Wait, don't you need to check who I am?"),
                        agent("Oh, sorry. Can you confirm your date of birth?", VERIFICATION_QUESTION),
                        customer("June sixth, sixty five.").after(400),
                        agent("Thank you. Anything else I can help with?", CLOSING)),

                call(18, DAVID, RMS, "cards", "the customer volunteers a date of birth; the agent never asks")
                        .fails("identity-verification").turns(
                        agent("Hello, Northwind Bank, David here. This call is recorded.", GREETING,
                                RECORDING_DISCLOSURE),
                        customer("Hi, my date of birth is April fourth, nineteen ninety. What's my card balance?").decoys(VERIFICATION_QUESTION),
                        agent("Your card balance is six hundred dollars, due on the twentieth.", ACCOUNT_DETAILS),
                        customer("Okay, thanks."),
                        agent("Anything else I can help with?", CLOSING)),

                call(19, SARAH, AWB, "cards", "last four digits asked only after the charges were discussed")
                        .fails("identity-verification").turns(
                        agent("Good afternoon, you're through to Northwind Bank, this is Sarah. This call is being "
                                + "recorded.", GREETING, RECORDING_DISCLOSURE),
                        customer("Why was I charged twice at the petrol station?"),
                        agent("I see two payments of sixty dollars on Saturday. One will drop off.", ACCOUNT_DETAILS),
                        customer("Oh, good."),
                        agent("Can you confirm the last four digits of your card?", VERIFICATION_QUESTION),
                        customer("Two seven seven one.").after(400),
                        agent("Thanks. Is there anything else?", CLOSING)),

                call(20, DAVID, KAL, "fraud", "no verification, and 'I guarantee it will be refunded'")
                        .fails("identity-verification").fails("prohibited-language").turns(
                        agent("Thank you for calling Northwind Bank, this is David. This call is monitored.",
                                GREETING, RECORDING_DISCLOSURE, CLOSING),
                        customer("I paid a scam website, and I want my money back."),
                        agent("I see a payment of two hundred dollars to that website yesterday.",
                                ACCOUNT_DETAILS),
                        customer("Will I get it back?"),
                        agent("Don't worry, I guarantee it will be refunded. Anything else?", PROHIBITED_LANGUAGE,
                                CLOSING)),

                call(21, SARAH, RMS, "accounts", "no closing: the agent just says 'okay, bye'")
                        .fails("closing").turns(
                        agent("Good morning, Northwind Bank, Sarah speaking. This call is recorded.", GREETING,
                                RECORDING_DISCLOSURE),
                        customer("Hi, I need my account number."),
                        agent("Can you confirm your date of birth?", VERIFICATION_QUESTION),
                        customer("October tenth, nineteen eighty.").after(400),
                        agent("Your account number is four four one, two nine, eight eight.", ACCOUNT_DETAILS),
                        customer("Got it, thanks.").decoys(CLOSING),
                        agent("Okay, bye.")),

                call(22, DAVID, AWB, "accounts", "no closing; the customer thanks; 'my supervisor approved the "
                        + "refund'").fails("closing").turns(
                        agent("Hello, Northwind Bank, David speaking. This call is being monitored.", GREETING,
                                RECORDING_DISCLOSURE),
                        customer("I'm calling about my fee refund."),
                        agent("Can you confirm the last four digits of your card?", VERIFICATION_QUESTION),
                        customer("Nine one one four.").after(400),
                        agent("My supervisor approved the refund, so twenty five dollars goes back to your account "
                                + "today.", ACCOUNT_DETAILS).decoys(ESCALATION_REQUEST),
                        customer("Brilliant, thanks for your help.").decoys(CLOSING),
                        agent("Right. Bye now.")),

                call(23, SARAH, KAL, "retention", "no closing; 'cancel my phone contract'")
                        .fails("closing").hits("cancellation-intent").turns(
                        agent("Good afternoon, Fabrikam Mobile, my name is Sarah. This call is recorded for "
                                + "training.", GREETING, RECORDING_DISCLOSURE),
                        customer("I want to cancel my phone contract.", CANCELLATION_INTENT),
                        agent("What's your postcode, please?", VERIFICATION_QUESTION),
                        customer("C F ten, one A A.").after(400),
                        agent("Your contract ends on the thirtieth of November, with nothing left to pay.",
                                ACCOUNT_DETAILS),
                        customer("Perfect."),
                        agent("It's cancelled from that date. Goodbye.").decoys(CANCELLATION_INTENT)),

                call(24, DAVID, RMS, "digital", "no closing, and the agent swears")
                        .fails("closing").fails("prohibited-language").turns(
                        agent("Northwind Bank, David speaking. This call is recorded.", GREETING,
                                RECORDING_DISCLOSURE),
                        customer("I can't log in to the app."),
                        agent("Can I take your date of birth?", VERIFICATION_QUESTION),
                        customer("May fifth, ninety nine.").after(400),
                        agent("Damn, this system is useless. Your login is locked after three wrong passwords.",
                                PROHIBITED_LANGUAGE, ACCOUNT_DETAILS),
                        customer("Can you unlock it?"),
                        agent("It's unlocked now. Bye.")),

                call(25, SARAH, AWB, "fraud", "outbound fraud check; no closing").outbound().fails("closing").turns(
                        agent("Hi, is that Mister Jones?"),
                        customer("Yes. Who is this?"),
                        agent("This is Sarah from Northwind Bank. This call is recorded.", GREETING,
                                RECORDING_DISCLOSURE),
                        customer("Oh, hello."),
                        agent("Can you confirm your date of birth first?", VERIFICATION_QUESTION),
                        customer("February second, seventy five.").after(400),
                        agent("Did you spend nine hundred dollars in Madrid this morning?", ACCOUNT_DETAILS),
                        customer("No, that wasn't me!"),
                        agent("Then I'll block the card now. Bye.")),

                call(26, DAVID, KAL, "retention", "no greeting and no closing; 'close my savings account'")
                        .fails("greeting").fails("closing").hits("cancellation-intent").turns(
                        agent("Go ahead, this call is recorded.", RECORDING_DISCLOSURE),
                        customer("I want to close my savings account.", CANCELLATION_INTENT),
                        agent("Can you confirm your postcode?", VERIFICATION_QUESTION),
                        customer("N W three, five Q P.").after(400),
                        agent("The account has eighty dollars in it, which goes to your current account.",
                                ACCOUNT_DETAILS),
                        customer("Fine."),
                        agent("Done.")),

                call(27, SARAH, RMS, "payments", "'I promise the money will be refunded'; 'can I talk to your "
                        + "manager'").fails("prohibited-language").hits("escalation-request").turns(
                        agent("Thank you for calling Northwind Bank, this is Sarah. This call is recorded.",
                                GREETING, RECORDING_DISCLOSURE, CLOSING),
                        customer("My transfer never arrived. Can I talk to your manager?",
                                ESCALATION_REQUEST),
                        agent("I can help. Can you confirm your date of birth first?", VERIFICATION_QUESTION)
                                .decoys(CLOSING),
                        customer("March eighth, eighty two.").after(400),
                        agent("The transfer of nine hundred dollars bounced back today. I promise the money will "
                                + "be refunded by Friday. Anything else?", ACCOUNT_DETAILS, PROHIBITED_LANGUAGE, CLOSING)),

                call(28, DAVID, AWB, "cards", "the agent insults the customer, who asks for someone senior")
                        .fails("prohibited-language").hits("escalation-request").turns(
                        agent("Northwind Bank, David speaking. Calls are recorded for training.", GREETING,
                                RECORDING_DISCLOSURE),
                        customer("Why is my card not working?"),
                        agent("What's your postcode?", VERIFICATION_QUESTION),
                        customer("E C one, two B B.").after(400),
                        agent("Your card is frozen after three wrong pin entries.", ACCOUNT_DETAILS),
                        customer("What does that mean?"),
                        agent("Are you an idiot? I just told you.", PROHIBITED_LANGUAGE),
                        customer("Get me someone senior.", ESCALATION_REQUEST),
                        agent("Fine. Anything else?", CLOSING)),

                call(29, SARAH, KAL, "accounts", "'I guarantee you won't be charged again'")
                        .fails("prohibited-language").turns(
                        agent("Good morning, Northwind Bank, this is Sarah. This call is monitored.", GREETING,
                                RECORDING_DISCLOSURE),
                        customer("You charged me a monthly fee again."),
                        agent("Can you confirm the last four digits of your card?", VERIFICATION_QUESTION),
                        customer("Six four zero two.").after(400),
                        agent("I see the fee of ten dollars on the first. I've removed it, and I guarantee you "
                                + "won't be charged again.", ACCOUNT_DETAILS, PROHIBITED_LANGUAGE),
                        customer("I'll believe it when I see it."),
                        agent("Thanks for calling.", CLOSING)),

                call(30, DAVID, RMS, "billing", "outbound; the agent cuts the customer off with 'shut up'")
                        .outbound().fails("prohibited-language").turns(
                        agent("Hello, this is David from Contoso Energy. This call is recorded.", GREETING,
                                RECORDING_DISCLOSURE),
                        customer("Your engineer never turned up, and I took a day off work for this, and nobody "
                                + "called me."),
                        agent("Shut up for a second. What's your postcode?", PROHIBITED_LANGUAGE,
                                VERIFICATION_QUESTION).overlapping(800),
                        customer("B one, one A A.").after(400),
                        agent("The visit on your account was moved to Thursday.", ACCOUNT_DETAILS),
                        customer("Nobody told me."),
                        agent("Anything else?", CLOSING)),

                call(31, SARAH, AWB, "accounts", "'I can't promise anything'; 'someone more senior'")
                        .hits("escalation-request").turns(
                        agent("Hello, Northwind Bank, Sarah speaking. This call may be recorded for training.",
                                GREETING, RECORDING_DISCLOSURE),
                        customer("I need my overdraft limit raised today."),
                        agent("Can I take your date of birth?", VERIFICATION_QUESTION),
                        customer("July fourth, sixty nine.").after(400),
                        agent("Your limit is five hundred dollars. I can't promise anything, but I'll ask.",
                                ACCOUNT_DETAILS).decoys(PROHIBITED_LANGUAGE),
                        customer("Put me through to someone more senior.", ESCALATION_REQUEST),
                        agent("I'll transfer you now. Thanks for calling.", CLOSING)),

                call(32, DAVID, KAL, "cards", "the customer swears and is a manager himself; the agent stays polite")
                        .turns(
                        agent("Thank you for calling Northwind Bank, this is David. This call is recorded.",
                                GREETING, RECORDING_DISCLOSURE, CLOSING),
                        customer("This damn app charged me twice. You people are idiots.")
                                .decoys(PROHIBITED_LANGUAGE),
                        agent("Can you confirm the last four digits of your card?", VERIFICATION_QUESTION),
                        customer("One nine eight seven.").after(400),
                        agent("I see both charges of fifteen dollars. The second is being reversed.",
                                ACCOUNT_DETAILS),
                        customer("It had better be. I'm a manager myself.")
                                .decoys(ESCALATION_REQUEST),
                        agent("Is there anything else I can help with?", CLOSING)),

                call(33, SARAH, RMS, "disputes", "'I can't guarantee a refund'; 'escalate this to a supervisor'; "
                        + "a shop cancelled an order").hits("escalation-request").turns(
                        agent("Good afternoon, Northwind Bank, Sarah speaking. This call is being recorded.",
                                GREETING, RECORDING_DISCLOSURE),
                        customer("A shop charged me for an order they cancelled.").decoys(CANCELLATION_INTENT),
                        agent("What's your postcode, please?", VERIFICATION_QUESTION),
                        customer("L eight, two X Y.").after(400),
                        agent("I see the charge of seventy dollars. I can't guarantee a refund.", ACCOUNT_DETAILS).decoys(PROHIBITED_LANGUAGE),
                        customer("I'd like to escalate this to a supervisor.", ESCALATION_REQUEST),
                        agent("I'll pass it to my supervisor. Thanks for calling.", CLOSING)
                                .decoys(ESCALATION_REQUEST)),

                call(34, DAVID, AWB, "retention", "'cancel my credit card'; the agent offers a supervisor, the "
                        + "customer declines").hits("cancellation-intent").turns(
                        agent("Northwind Bank, David speaking. This call may be recorded for quality and training.",
                                GREETING, RECORDING_DISCLOSURE),
                        customer("I'd like to cancel my credit card.", CANCELLATION_INTENT),
                        agent("Can you confirm your date of birth?", VERIFICATION_QUESTION),
                        customer("December ninth, sixty eight.").after(400),
                        agent("Your card has no balance. Would you like to speak to my supervisor first?",
                                ACCOUNT_DETAILS).decoys(ESCALATION_REQUEST),
                        customer("No, I don't need a supervisor. Just close it.", CANCELLATION_INTENT)
                                .decoys(ESCALATION_REQUEST),
                        agent("Done. Is there anything else?", CLOSING)),

                call(35, SARAH, KAL, "cards", "a card 'cancelled by mistake' is no cancellation; 'I want to speak "
                        + "to a manager'").hits("escalation-request").turns(
                        agent("Thank you for calling Northwind Bank, my name is Sarah. This call is monitored.",
                                GREETING, RECORDING_DISCLOSURE, CLOSING),
                        customer("My card was cancelled by mistake, and I need it today.")
                                .decoys(CANCELLATION_INTENT),
                        agent("Can you confirm the last four digits of the card?", VERIFICATION_QUESTION),
                        customer("Four four eight one.").after(400),
                        agent("The card was stopped after a fraud alert, and it can't be restarted.",
                                ACCOUNT_DETAILS),
                        customer("I want to speak to a manager.", ESCALATION_REQUEST),
                        agent("I'll ask my manager to call you. Anything else?", CLOSING)
                                .decoys(ESCALATION_REQUEST)),

                call(36, DAVID, RMS, "accounts", "moving banks: 'please close my account'; no verification")
                        .fails("identity-verification").hits("cancellation-intent").turns(
                        agent("Good morning, Northwind Bank, David speaking. Calls are recorded for training.",
                                GREETING, RECORDING_DISCLOSURE),
                        customer("I'm moving to another bank, so please close my account.", CANCELLATION_INTENT),
                        agent("I see your balance is two hundred and ten dollars, with one direct debit left.",
                                ACCOUNT_DETAILS),
                        customer("Send the money to my new bank."),
                        agent("Will do. Thank you for being with us.", CLOSING)));
    }

    private static CallBuilder call(int number, String agentId, String customerVoice, String queue, String purpose) {
        return new CallBuilder(number, agentId, customerVoice, queue, purpose);
    }

    private static Line agent(String text, Cue... cues) {
        return new Line(Party.AGENT, text, null, Set.of(cues), Set.of());
    }

    private static Line customer(String text, Cue... cues) {
        return new Line(Party.CUSTOMER, text, null, Set.of(cues), Set.of());
    }

    /**
     * A turn being written, with its marks.
     *
     * @param gapMillis the silence before it, or null for the usual pause (the leading silence for a first turn)
     */
    private record Line(Party party, String text, Long gapMillis, Set<Cue> cues, Set<Cue> decoys) {
        Line after(long millis) {
            return new Line(party, text, millis, cues, decoys);
        }

        Line overlapping(long millis) {
            return new Line(party, text, -millis, cues, decoys);
        }

        Line decoys(Cue... resembled) {
            return new Line(party, text, gapMillis, cues, Set.of(resembled));
        }

        Turn toTurn(boolean first) {
            Turn turn = new Turn(party, text, Turn.DEFAULT_GAP_MILLIS);
            if (gapMillis == null) {
                return first ? turn.after(LEADING_SILENCE_MILLIS) : turn;
            }
            return gapMillis < 0 ? turn.overlapping(-gapMillis) : turn.after(gapMillis);
        }
    }

    /** A call's manifest facts and its departures from a compliant call; {@link #turns} completes it. */
    private static final class CallBuilder {
        private final int number;
        private final String agentId;
        private final String customerVoice;
        private final String queue;
        private final String purpose;
        private String direction = "inbound";
        private final Map<String, RuleOutcome> expected = new LinkedHashMap<>();

        CallBuilder(int number, String agentId, String customerVoice, String queue, String purpose) {
            this.number = number;
            this.agentId = agentId;
            this.customerVoice = customerVoice;
            this.queue = queue;
            this.purpose = purpose;
            REQUIRED_RULES.forEach(rule -> expected.put(rule, RuleOutcome.PASS));
            PROHIBITED_RULES.forEach(rule -> expected.put(rule, RuleOutcome.PASS));
            CATEGORY_RULES.forEach(rule -> expected.put(rule, RuleOutcome.MISS));
        }

        CallBuilder outbound() {
            direction = "outbound";
            return this;
        }

        /** A required rule the call misses, or the prohibited rule it breaks. */
        CallBuilder fails(String ruleId) {
            if (!REQUIRED_RULES.contains(ruleId) && !PROHIBITED_RULES.contains(ruleId)) {
                throw new IllegalArgumentException("Cannot label call " + number + ": " + ruleId
                        + " is not a required or prohibited rule of the default pack");
            }
            expected.put(ruleId, RuleOutcome.FAIL);
            return this;
        }

        /** A category the call belongs to. */
        CallBuilder hits(String ruleId) {
            if (!CATEGORY_RULES.contains(ruleId)) {
                throw new IllegalArgumentException("Cannot label call " + number + ": " + ruleId
                        + " is not a category of the default pack");
            }
            expected.put(ruleId, RuleOutcome.HIT);
            return this;
        }

        LabeledCall turns(Line... lines) {
            List<Turn> turns = new ArrayList<>();
            List<Marks> marks = new ArrayList<>();
            for (Line line : lines) {
                turns.add(line.toTurn(turns.isEmpty()));
                marks.add(new Marks(line.cues(), line.decoys()));
            }
            // The manifest facts vary the way a real batch does: both agents, both channel layouts, a week of
            // start times, one customer each.
            CallScript script = new CallScript(
                    String.format("qa%02d", number),
                    agentId,
                    FIRST_START.plus(BETWEEN_STARTS.multipliedBy(number - 1)),
                    queue,
                    direction,
                    String.format("K-%05d", 60000 + 137 * number),
                    (number - 1) % 2,
                    AGENT_VOICES.get(agentId),
                    customerVoice,
                    turns);
            return new LabeledCall(script, purpose, expected, marks);
        }
    }
}
