package io.callqa.rules;

import java.util.List;

/**
 * What the speech recognizer heard in the four sample calls ({@code samples/}, {@code ./callqa demo}): the
 * recognition errors here ("north when bank", "training vertices", "may be reported") are the ones the default rule
 * pack has to live with.
 */
final class DemoCallTranscripts {
    private DemoCallTranscripts() {}

    static List<CallText> all() {
        return List.of(lostCard(), disputedFee(), returnedTransfer(), cancelledCard());
    }

    static CallText lostCard() {
        return call("c001", 43_500, "cards", List.of(
                agent(0, 500, 7860, "and you for calling north when bank this is sarah this call may be reported for "
                        + "quality and training vertices how can i help"),
                customer(1, 8460, 11390, "i i think i lost my debit card yesterday"),
                agent(2, 11990, 14750, "sorry to hear me that can you confirm your date of birth"),
                customer(3, 15150, 17780, "it's a fourth of march nineteen eighty five"),
                agent(4, 18380, 23890, "and you i'm blocking the cars ending and four two one seven now so nobody else "
                        + "can use it"),
                customer(5, 22890, 25800, "sorry can you check if anyone used it this morning"),
                agent(6, 26400, 31750, "of course there are no new payment so your money is safe a new card will "
                        + "arrive within a week"),
                customer(7, 32350, 33590, "oh that's a release"),
                agent(8, 34190, 36310, "is there anything else i can help you with"),
                customer(9, 36910, 39090, "no that's everything syncs"),
                agent(10, 39690, 42800, "and for calling north when bank had a lovely day")));
    }

    static CallText disputedFee() {
        return call("c002", 44_300, "accounts", List.of(
                agent(0, 500, 7950, "north when bank david speaking this call may be recorded for quality and "
                        + "training purposes how can i help"),
                customer(1, 8550, 13160, "i was taught to thirty five dollar overdraft fee and i wanted refunded"),
                agent(2, 13760, 16470, "can you confirm your date of birth please"),
                customer(3, 16980, 19520, "july twelve nineteen seventy nine"),
                agent(4, 20120, 24660, "i am afraid i can trust fund it since we already responded one in august"),
                customer(5, 24960, 28300, "that's not fair i want to speak to her supervisor"),
                agent(6, 28900, 32190, "i'll ask my supervisor to call you back today"),
                customer(7, 32790, 34420, "make sure they actually called"),
                agent(8, 35020, 37970, "they will is there anything else i can help you with"),
                customer(9, 38370, 39350, "no that said"),
                agent(10, 39950, 43560, "sense for your patience and for clothing north when bent")));
    }

    static CallText returnedTransfer() {
        return call("c003", 44_000, "payments", List.of(
                agent(0, 500, 7860, "and you for calling north when bank this is sarah this all may be reported for "
                        + "quality and training vertices how can i help"),
                customer(1, 8460, 11780, "i the rant i paid my landlord on monday never arrived"),
                agent(2, 12380, 14620, "can you confirm your date of birth please"),
                customer(3, 15020, 18070, "that twenty second of october nineteen ninety"),
                agent(4, 18670, 20030, "please hold well i check"),
                agent(5, 26030, 30360, "and for holding the payment came back because the account number was wrong"),
                customer(6, 30960, 32730, "oh no what do i do now"),
                agent(7, 33330, 37860, "you can send it again with the right number is there anything else i can "
                        + "help you with"),
                customer(8, 38260, 40050, "no thanks that's all"),
                agent(9, 40650, 43280, "and you for calling north when bank goodbye")));
    }

    static CallText cancelledCard() {
        return call("c004", 43_800, "retention", List.of(
                agent(0, 500, 8970, "thank you for calling north when bent this is david this club may be recorded "
                        + "for quality and training purposes how can i help"),
                customer(1, 9570, 12070, "hi i'd like to cancel my credit card"),
                agent(2, 12680, 15590, "should i can you confirm your date of birth first"),
                customer(3, 15990, 18670, "the ninth of december nineteen sixty eight"),
                agent(4, 19270, 21520, "may i ask why you want to cancel"),
                customer(5, 22120, 24770, "the he went up and i hardly use it anymore"),
                agent(6, 25370, 28650, "i could move you to a card with know him you will see instead"),
                customer(7, 29060, 31620, "no thanks please just cancel it"),
                agent(8, 32220, 37200, "done it's cancelled as of today is there anything else i can help you with"),
                customer(9, 37600, 38590, "no thank you"),
                agent(10, 39200, 43110, "sense for being a nurse when band customer has a good evening")));
    }

    private static CallText call(String callId, long durationMillis, String queue, List<SpokenTurn> turns) {
        return new CallText(callId, durationMillis, queue, "inbound", turns);
    }

    private static SpokenTurn agent(int index, long startMillis, long endMillis, String text) {
        return new SpokenTurn(index, Speaker.AGENT, startMillis, endMillis, text);
    }

    private static SpokenTurn customer(int index, long startMillis, long endMillis, String text) {
        return new SpokenTurn(index, Speaker.CUSTOMER, startMillis, endMillis, text);
    }
}
