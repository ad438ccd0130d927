package dev.winnow.rules;

import dev.winnow.internal.Fold;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.MetadataField;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;

/** Drops the first body heading whose text equals the title (the page's own headline); other headings keep their level. */
public final class TitleHeadingDedupeRule implements Rule {
    /** Creates the rule. */
    public TitleHeadingDedupeRule() {}

    @Override public String id() { return StandardRules.TITLE_HEADING_DEDUPE; }

    @Override public Phase phase() { return Phase.STRUCTURE; }

    @Override public String description() { return "Drops the body heading that repeats the title."; }

    @Override
    public void apply(Draft draft) {
        String title = draft.metadata(MetadataField.TITLE);
        if (title == null) {
            return;
        }
        String folded = Fold.line(title);
        for (Block b : draft.blocks()) {
            if (b.isBody() && b.kind() == Kind.HEADING && Fold.line(b.text()).equals(folded)) {
                draft.mark(b, Role.TITLE, "heading repeats the title");
                return;
            }
        }
    }
}
