package dev.winnow.rules;

import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;

/** Marks blocks of hidden HTML elements ({@code hidden}, {@code aria-hidden}, {@code display:none}) as boilerplate. */
public final class HiddenBlocksRule implements Rule {
    /** Creates the rule. */
    public HiddenBlocksRule() {}

    @Override public String id() { return StandardRules.HIDDEN_BLOCKS; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() { return "Marks text of hidden HTML elements as boilerplate."; }

    @Override
    public void apply(Draft draft) {
        for (Block b : draft.blocks()) {
            if (b.isBody() && b.origin().hidden()) {
                draft.mark(b, Role.BOILERPLATE, "hidden element");
            }
        }
    }
}
