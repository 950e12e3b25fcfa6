package io.callqa.rules;

import java.util.List;

/**
 * The outcome of checking a rule pack's examples: {@code ./callqa rules test} prints {@link #message()} and fails
 * unless {@link #passed()}.
 *
 * @param examples how many examples were checked
 */
public record RuleTestReport(String packId, String packVersion, int examples, List<Failure> failures) {
    public RuleTestReport {
        failures = List.copyOf(failures);
    }

    /**
     * An example the rule got wrong.
     *
     * @param shouldMatch true for an example listed under {@code match}, false for one under {@code no_match}
     * @param matchedText for a {@code no_match} example, the words the rule matched; otherwise null
     */
    public record Failure(String ruleId, String example, boolean shouldMatch, String matchedText) {
        public String message() {
            return shouldMatch
                    ? "rule '" + ruleId + "' does not match \"" + example + "\", listed under match"
                    : "rule '" + ruleId + "' matches \"" + example + "\", listed under no_match (matched \""
                            + matchedText + "\")";
        }
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    public String message() {
        String pack = "Rule pack '" + packId + "' version " + packVersion;
        if (passed()) {
            return pack + ": all " + examples + " examples pass";
        }
        StringBuilder message = new StringBuilder(pack + ": " + failures.size() + " of " + examples
                + " examples fail");
        for (Failure failure : failures) {
            message.append(System.lineSeparator()).append("  ").append(failure.message());
        }
        return message.toString();
    }
}
