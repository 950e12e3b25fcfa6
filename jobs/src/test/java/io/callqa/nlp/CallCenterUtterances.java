package io.callqa.nlp;

import java.util.List;
import java.util.stream.Stream;

/**
 * One hundred utterances in the shape the recognizer writes them (lower case, no punctuation) as agents and
 * customers say them, with the polarity a QA reviewer would give: 35 clearly negative, 35 clearly positive, 30
 * neutral. Written for this project; used to choose the parser and to hold the sentiment tests to it.
 */
final class CallCenterUtterances {
    enum Polarity {
        NEGATIVE,
        NEUTRAL,
        POSITIVE
    }

    record LabeledUtterance(String text, Polarity polarity) {}

    static final List<String> NEGATIVE = List.of(
            "this is the worst service i have ever had",
            "i am really angry that nobody called me back",
            "this is ridiculous i have been on hold for an hour",
            "your company is terrible and i want to cancel",
            "i am so frustrated with this whole process",
            "the technician never showed up and nobody told me anything",
            "this is absolutely unacceptable",
            "you people keep charging me for things i never ordered",
            "i am very disappointed with how this was handled",
            "the product broke after two days and it was a waste of money",
            "i hate this automated system it never works",
            "this is the third time i am calling about the same problem",
            "your website is useless and the app keeps crashing",
            "i was treated very rudely by the last agent",
            "this has been a horrible experience from start to finish",
            "i am sick and tired of being transferred around",
            "nobody seems to know what they are doing",
            "the delivery was late again and the box was damaged",
            "i feel like you are not listening to me at all",
            "that is a terrible answer and it does not help me",
            "i am extremely unhappy with the bill this month",
            "this is a complete mess and i want a refund",
            "the internet has been down all week and it is awful",
            "i am not happy at all with this service",
            "you lost my package and nobody cares",
            "this is the worst customer support i have ever dealt with",
            "i have wasted my whole afternoon on this stupid problem",
            "the new plan is more expensive and much worse",
            "honestly this is a disgrace",
            "i regret ever signing up with you",
            "the phone you sent me is broken and the screen is cracked",
            "i am really upset about these hidden fees",
            "your agent was rude and hung up on me",
            "it is frustrating that nothing ever gets fixed",
            "i am furious about the late payment charge");

    static final List<String> POSITIVE = List.of(
            "thank you so much that was really helpful",
            "you have been very helpful thank you",
            "that is great news thank you",
            "i really appreciate your help today",
            "perfect that works for me",
            "you did an excellent job explaining everything",
            "the new router works great",
            "i am very happy with the service",
            "wonderful thank you for sorting that out so quickly",
            "that was the best support call i have had in years",
            "you are a star thanks a lot",
            "great thank you for your patience",
            "i love the new app it is so easy to use",
            "the technician was friendly and very professional",
            "thanks that solved my problem",
            "awesome that is exactly what i needed",
            "i am really pleased with how fast this was resolved",
            "you have been amazing thank you",
            "that is very kind of you",
            "the delivery was quick and everything arrived in perfect condition",
            "excellent i am glad we could fix it",
            "thank you for being so patient with me",
            "this is a fantastic offer i will take it",
            "i am so relieved thank you",
            "everything is working perfectly now",
            "that was really easy thanks for the great help",
            "i appreciate you taking the time to explain",
            "your team has always been very good to me",
            "that sounds good to me thank you very much",
            "the service has been excellent this year",
            "brilliant thank you so much for your help",
            "i am happy to hear that",
            "it was a pleasure talking to you",
            "you made this so simple thank you",
            "great job thanks for the quick fix");

    static final List<String> NEUTRAL = List.of(
            "my account number is on the letter",
            "can you tell me the balance on my account",
            "i would like to change my address",
            "the order was placed on tuesday",
            "let me check that for you",
            "please hold while i look up your account",
            "i am calling about my bill",
            "can i have your date of birth please",
            "the payment will be taken on the first of the month",
            "i need to update my phone number",
            "which plan are you on at the moment",
            "i will transfer you to the billing department",
            "the router is in the living room",
            "what time does the store open tomorrow",
            "i am calling to ask about the delivery date",
            "can you confirm the postcode on the account",
            "the package should arrive on friday",
            "i have a question about the contract",
            "let me put you on a brief hold",
            "i was looking at the upgrade options",
            "the reference number is seven four two",
            "is there anything else i can help you with today",
            "i will send you an email with the details",
            "the meter reading was taken last week",
            "can you spell your last name for me",
            "the account is in my wife's name",
            "we moved here in january",
            "i am checking the status of the repair",
            "one moment while i pull that up",
            "i would like to pay with a card");

    private CallCenterUtterances() {}

    static List<LabeledUtterance> all() {
        return Stream.of(
                        NEGATIVE.stream().map(text -> new LabeledUtterance(text, Polarity.NEGATIVE)),
                        POSITIVE.stream().map(text -> new LabeledUtterance(text, Polarity.POSITIVE)),
                        NEUTRAL.stream().map(text -> new LabeledUtterance(text, Polarity.NEUTRAL)))
                .flatMap(stream -> stream)
                .toList();
    }
}
