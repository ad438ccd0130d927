package dev.winnow.rules;

import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.List;

/**
 * Cuts reader comments: from the first {@code comments-headings} line ("Comments", "12 Comments",
 * "Leave a Reply") in the second half of the page, every remaining body block becomes
 * {@link Role#COMMENTS}.
 */
public final class CommentsTailRule implements Rule {
    private final Phrases headings;

    private CommentsTailRule(Phrases headings) {
        this.headings = headings;
    }

    /** The rule with the standard phrase files. @return the rule */
    public static CommentsTailRule standard() {
        return new CommentsTailRule(Phrases.standard("comments-headings"));
    }

    @Override public String id() { return StandardRules.COMMENTS_TAIL; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public String description() { return "Cuts everything from a 'Comments' / 'Leave a reply' heading in the second half to the end."; }

    @Override
    public void apply(Draft draft) {
        List<Block> all = draft.blocks();
        for (int i = all.size() / 2; i < all.size(); i++) {
            Block b = all.get(i);
            if (b.role() != Role.RELATED && b.role() != Role.TRAILER && b.words() <= 6 && headings.matchesLine(b.text())) {
                draft.mark(b, Role.COMMENTS, "comments heading");
                for (int j = i + 1; j < all.size(); j++) {
                    if (all.get(j).isBody()) {
                        draft.mark(all.get(j), Role.COMMENTS, "after the comments heading");
                    }
                }
                return;
            }
        }
    }
}
