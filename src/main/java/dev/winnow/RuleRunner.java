package dev.winnow;

import dev.winnow.internal.RuleViews;
import dev.winnow.rule.DocumentDraft;
import dev.winnow.rule.DocumentRule;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source.InputShape;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The engine side of the rule SPI, which rules never see: applies document rules to the document
 * and block rules to the draft of its blocks, in order, each to its own view of the draft
 * ({@link RuleViews}), which traces its decisions under its id; skips a rule that does not apply to
 * the input's shape (tracing nothing for it); and handles a rule that throws according to the
 * failure policy.
 */
final class RuleRunner {
    private final FailurePolicy failurePolicy;

    RuleRunner(FailurePolicy failurePolicy) {
        this.failurePolicy = failurePolicy;
    }

    /**
     * Applies the {@link DocumentRule}s among the rules to a document draft, in order.
     *
     * @param draft the document draft
     * @param rules the rules; those that are not document rules are left out
     * @param url   the page URL for a failure report, or {@code null}
     * @throws RuleFailedException if a rule throws and the policy is {@link FailurePolicy#FAIL}
     */
    void edit(DocumentDraft draft, List<Rule> rules, @Nullable String url) {
        for (Rule rule : rules) {
            if (rule instanceof DocumentRule documentRule && rule.appliesTo(InputShape.HTML)) {
                DocumentDraft view = RuleViews.of(draft, rule.id());
                run(rule, () -> documentRule.edit(view), view::note, url);
            }
        }
    }

    /**
     * Applies the block rules among the rules that apply to the draft's input shape, in order.
     *
     * @param draft the draft
     * @param rules the rules; document rules are left out
     * @param url   the page URL for a failure report, or {@code null}
     * @throws RuleFailedException if a rule throws and the policy is {@link FailurePolicy#FAIL}
     */
    void apply(Draft draft, List<Rule> rules, @Nullable String url) {
        InputShape shape = draft.source().kind();
        for (Rule rule : rules) {
            if (!(rule instanceof DocumentRule) && rule.appliesTo(shape)) {
                Draft view = RuleViews.of(draft, rule.id());
                run(rule, () -> rule.apply(view), (action, reason) -> view.note(-1, action, reason), url);
            }
        }
    }

    /** Applies one rule to its view of the draft; a failure is thrown or noted through the view. */
    private void run(Rule rule, Runnable application, BiConsumer<String, String> note, @Nullable String url) {
        try {
            application.run();
        } catch (RuntimeException e) {
            if (failurePolicy == FailurePolicy.FAIL) {
                throw new RuleFailedException(rule.id(), url, e);
            }
            note.accept("skipped " + rule.id(), "rule failed: " + e);
        }
    }
}
