package io.callqa.rules;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A versioned set of compliance rules and categories, read from a YAML file such as {@code conf/rules/default.yaml}.
 * Immutable and serializable, so a Spark job can load it once on the driver and ship it to every task.
 *
 * @param id the pack's name
 * @param version the version its authors gave it
 * @param hash SHA-256 (hex) of the file's canonical content: what it says, not its comments or layout. Results carry
 *     it so an audit can tell exactly which rules produced them.
 */
public record RulePack(String id, String version, String description, String hash, MatchSettings settings,
        List<Rule> rules) implements Serializable {
    // CoreNLP's Morphology keeps state, and Spark runs several tasks per executor JVM on one shared pack.
    private static final ThreadLocal<Tokenizer> TOKENIZERS = ThreadLocal.withInitial(Tokenizer::new);

    public RulePack {
        rules = List.copyOf(rules);
    }

    /**
     * Reads and checks a rule pack file.
     *
     * @throws io.callqa.config.ConfigException naming the file, the line and what to fix
     */
    public static RulePack load(Path file) {
        return RulePackReader.read(file);
    }

    /** One result per rule, in the pack's order. Thread-safe. */
    public List<RuleResult> evaluate(CallText call) {
        return new RuleEvaluator(this, TOKENIZERS.get()).evaluate(call);
    }

    /**
     * The rules whose phrases {@code text} says, whoever says it and whenever: what separating the voices of a mono
     * recording takes as evidence of who is the agent. Thread-safe.
     */
    public Set<Rule> rulesSaidIn(String text) {
        TokenizedText tokens = TOKENIZERS.get().tokenize(text);
        RuleMatcher matcher = new RuleMatcher(settings);
        return rules.stream().filter(rule -> matcher.match(rule, tokens).isPresent()).collect(Collectors.toSet());
    }

    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
    }
}
