package dev.winnow;

import dev.winnow.internal.CurrentRule;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source.InputShape;
import java.util.List;

/**
 * The engine side of the rule SPI, which rules never see: applies rules to a draft in order, each
 * with its decisions traced under its id, skips a rule that does not apply to the input's shape
 * (tracing nothing for it), and handles a rule that throws according to the failure policy.
 */
final class RuleRunner {
    private final FailurePolicy failurePolicy;

    RuleRunner(FailurePolicy failurePolicy) {
        this.failurePolicy = failurePolicy;
    }

    /**
     * Applies the rules that apply to the draft's input shape, in order.
     *
     * @param draft the draft
     * @param rules the rules
     * @param url   the page URL for a failure report, or {@code null}
     * @throws RuleFailedException if a rule throws and the policy is {@link FailurePolicy#FAIL}
     */
    void applyAll(Draft draft, List<Rule> rules, String url) {
        InputShape shape = draft.source().kind();
        for (Rule rule : rules) {
            if (rule.appliesTo(shape)) {
                CurrentRule.during(rule.id(), () -> apply(draft, rule, url));
            }
        }
    }

    private void apply(Draft draft, Rule rule, String url) {
        try {
            rule.apply(draft);
        } catch (RuntimeException e) {
            if (failurePolicy == FailurePolicy.FAIL) {
                throw new RuleFailedException(rule.id(), url, e);
            }
            draft.note(-1, "skipped " + rule.id(), "rule failed: " + e);
        }
    }
}
