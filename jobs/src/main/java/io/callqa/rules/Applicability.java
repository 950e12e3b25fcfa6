package io.callqa.rules;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * Which calls a rule is about, from the manifest's queue and direction. An empty set means any. A call whose queue or
 * direction is unknown is outside a rule that names queues or directions: nothing shows that the rule applies.
 */
public record Applicability(Set<String> queues, Set<String> directions) implements Serializable {
    public static final Applicability EVERY_CALL = new Applicability(Set.of(), Set.of());

    public Applicability {
        queues = lowerCase(queues);
        directions = lowerCase(directions);
    }

    public boolean includes(CallText call) {
        return matches(queues, call.queue()) && matches(directions, call.direction());
    }

    private static boolean matches(Set<String> allowed, String value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value.trim().toLowerCase(Locale.ROOT)));
    }

    private static Set<String> lowerCase(Set<String> values) {
        return Set.copyOf(values.stream().map(value -> value.trim().toLowerCase(Locale.ROOT)).toList());
    }
}
