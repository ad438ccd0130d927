package dev.winnow.rules;

import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;

/** Marks blocks without a single letter or digit ("-", "***", "|") as boilerplate. */
public final class SeparatorLinesRule implements Rule {
    /** Creates the rule. */
    public SeparatorLinesRule() {}

    @Override public String id() { return StandardRules.SEPARATOR_LINES; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() { return "Marks lines without letters or digits (lone dashes, bars, stars) as boilerplate."; }

    @Override
    public void apply(Draft draft) {
        for (Block b : draft.blocks()) {
            if (b.isBody() && !Texts.hasWordCharacter(b.text())) {
                draft.mark(b, Role.BOILERPLATE, "no letters or digits");
            }
        }
    }
}
