package dev.winnow.rules;

import dev.winnow.model.Role;
import dev.winnow.reading.Prose;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;

/**
 * Marks blocks of hidden HTML elements ({@code hidden}, {@code aria-hidden}, {@code display:none})
 * as boilerplate, unless the page shows no prose at all while its hidden elements hold some: then the
 * page hides its own article (a snapshot taken with a dialog open, content a script shows later),
 * and the hidden flag says nothing about what is article. "No prose" is less than
 * {@link #MIN_PROSE_WORDS} words of visible prose, against at least that many hidden.
 */
public final class HiddenBlocksRule implements Rule {
    /** The fewest words of hidden prose that can be the page's article. */
    public static final int MIN_PROSE_WORDS = 50;

    /** Creates the rule. */
    public HiddenBlocksRule() {}

    @Override public String id() { return StandardRules.HIDDEN_BLOCKS; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() { return "Marks text of hidden HTML elements as boilerplate, unless the page shows no prose but hidden."; }

    @Override
    public void apply(Draft draft) {
        long hiddenProse = 0;
        long visibleProse = 0;
        boolean anyHidden = false;
        for (Block b : draft.blocks()) {
            if (b.isBody()) {
                anyHidden |= b.origin().hidden();
                if (Prose.isProse(b)) {
                    if (b.origin().hidden()) {
                        hiddenProse += b.words();
                    } else {
                        visibleProse += b.words();
                    }
                }
            }
        }
        if (!anyHidden) {
            return;
        }
        if (hiddenProse >= MIN_PROSE_WORDS && visibleProse < MIN_PROSE_WORDS) {
            draft.note(-1, "hidden elements kept", "the page shows no prose: " + hiddenProse + " words hidden, "
                    + visibleProse + " visible");
            return;
        }
        for (Block b : draft.blocks()) {
            if (b.isBody() && b.origin().hidden()) {
                draft.mark(b, Role.BOILERPLATE, "hidden element");
            }
        }
    }
}
