package dev.winnow;

import dev.winnow.rules.StandardRules;
import dev.winnow.rules.TruncatedEndingRule;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A serializable description of a standard cleaner: which standard rules to leave out and what to
 * do with a paragraph that was cut off. Distributed jobs (Spark) ship the settings and build the
 * {@link Cleaner} where they run; the command line builds its cleaner from them too. Immutable.
 *
 * @param disabledRules ids of standard rules to leave out
 * @param partial       what happens to a paragraph cut off at the end
 * @param policy        what a rule failure does
 */
public record CleanerSettings(List<String> disabledRules, TruncatedEndingRule.Partial partial, FailurePolicy policy)
        implements Serializable {

    /** Copies the rule ids and checks for nulls. */
    public CleanerSettings {
        disabledRules = List.copyOf(disabledRules);
        Objects.requireNonNull(partial, "partial");
        Objects.requireNonNull(policy, "policy");
    }

    /** The settings of {@link Cleaner#standard()}. @return the settings */
    public static CleanerSettings standard() {
        return new CleanerSettings(List.of(), TruncatedEndingRule.Partial.KEEP, FailurePolicy.FAIL);
    }

    /**
     * These settings without more standard rules.
     *
     * @param ruleIds the rule ids
     * @return new settings
     */
    public CleanerSettings without(String... ruleIds) {
        List<String> all = new java.util.ArrayList<>(disabledRules);
        all.addAll(List.of(ruleIds));
        return new CleanerSettings(all, partial, policy);
    }

    /**
     * These settings with another treatment of a cut-off paragraph.
     *
     * @param treatment the treatment
     * @return new settings
     */
    public CleanerSettings withPartial(TruncatedEndingRule.Partial treatment) {
        return new CleanerSettings(disabledRules, treatment, policy);
    }

    /**
     * These settings with another rule-failure policy.
     *
     * @param failurePolicy the policy
     * @return new settings
     */
    public CleanerSettings withPolicy(FailurePolicy failurePolicy) {
        return new CleanerSettings(disabledRules, partial, failurePolicy);
    }

    /**
     * Builds the cleaner.
     *
     * @return a new cleaner
     * @throws IllegalArgumentException if a rule id is not a standard rule
     */
    public Cleaner build() {
        RuleSet rules = RuleSet.standard();
        if (partial != TruncatedEndingRule.Partial.KEEP) {
            rules = rules.replace(StandardRules.TRUNCATED_ENDING, TruncatedEndingRule.standard().withPartial(partial));
        }
        for (String id : disabledRules) {
            rules = rules.without(id);
        }
        return Cleaner.builder().rules(rules).onRuleFailure(policy).build();
    }
}
