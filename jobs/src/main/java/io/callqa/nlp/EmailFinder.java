package io.callqa.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, typed (john.smith@example.com) or as a recognizer writes a spoken one: "john dot smith at
 * example dot com". A spoken address needs the "dot" and a known top-level domain after "at", which keeps "i am at
 * home" and "at the store" out. The name before "at" is the words joined by "dot", "underscore" or "dash", with the
 * digits and spelled letters people add ("j smith eighty five at …").
 */
final class EmailFinder implements PiiFinder {
    private static final Pattern WRITTEN =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern WRITTEN_DOMAIN = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*\\.([a-z]{2,})");
    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("com", "net", "org", "edu", "gov", "mil", "io", "co",
            "uk", "us", "ca", "au", "de", "fr", "ie", "nz", "info", "biz", "me");
    private static final Set<String> CONNECTORS = Set.of("dot", "period", "underscore", "dash", "hyphen");
    /** Words that end the name part: they introduce an address rather than belong to one. */
    private static final Set<String> NOT_A_NAME = Set.of("is", "it's", "its", "was", "email", "e-mail", "mail",
            "address", "me", "my", "the", "and", "to", "at", "be", "it", "that's", "that", "yes", "yeah", "sure", "so",
            "uh", "um", "er", "oh", "okay", "ok", "send", "on", "under", "use", "try");

    @Override
    public List<PiiSpan> find(String text, List<WordToken> tokens) {
        List<PiiSpan> spans = new ArrayList<>();
        Matcher written = WRITTEN.matcher(text);
        while (written.find()) {
            spans.add(new PiiSpan(PiiType.EMAIL, written.start(), written.end()));
        }
        for (int at = 1; at < tokens.size() - 1; at++) {
            if (!tokens.get(at).word().equals("at")) {
                continue;
            }
            int domainEnd = domainEnd(tokens, at + 1);
            int nameStart = nameStart(tokens, at - 1);
            if (domainEnd >= 0 && nameStart >= 0) {
                spans.add(new PiiSpan(PiiType.EMAIL, tokens.get(nameStart).start(), tokens.get(domainEnd).end()));
            }
        }
        return spans;
    }

    /** The last token of "example dot co dot uk" (or "gmail.com") starting at {@code index}, or -1. */
    private static int domainEnd(List<WordToken> tokens, int index) {
        String first = tokens.get(index).word();
        Matcher writtenDomain = WRITTEN_DOMAIN.matcher(first);
        if (writtenDomain.matches()) {
            return TOP_LEVEL_DOMAINS.contains(writtenDomain.group(2)) ? index : -1;
        }
        if (!isDomainLabel(first)) {
            return -1;
        }
        int end = -1;
        int label = index;
        while (label + 2 < tokens.size() && tokens.get(label + 1).word().equals("dot")
                && isDomainLabel(tokens.get(label + 2).word())) {
            label += 2;
            if (TOP_LEVEL_DOMAINS.contains(tokens.get(label).word())) {
                end = label;
            }
        }
        return end;
    }

    /** The first token of the name part that ends at {@code index}, or -1 when there is none. */
    private static int nameStart(List<WordToken> tokens, int index) {
        if (!isNamePart(tokens.get(index).word())) {
            return -1;
        }
        int start = index;
        while (start > 0) {
            String previous = tokens.get(start - 1).word();
            if (CONNECTORS.contains(previous) && start >= 2 && isNamePart(tokens.get(start - 2).word())) {
                start -= 2;
            } else if (isNamePart(previous)
                    && (isDigitsOrLetter(tokens.get(start).word()) || isDigitsOrLetter(previous))) {
                // "smith eighty five", "j smith": digits and single letters attach to the words next to them.
                start--;
            } else {
                break;
            }
        }
        return start;
    }

    private static boolean isNamePart(String word) {
        return !NOT_A_NAME.contains(word) && !CONNECTORS.contains(word) && word.matches("[a-z0-9][a-z0-9'._-]*");
    }

    private static boolean isDomainLabel(String word) {
        return !CONNECTORS.contains(word) && word.matches("[a-z0-9][a-z0-9-]*");
    }

    private static boolean isDigitsOrLetter(String word) {
        return word.length() == 1 || word.matches("\\d+") || NumberWords.unit(word) != null
                || NumberWords.teen(word) != null || NumberWords.tens(word) != null;
    }
}
