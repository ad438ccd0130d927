package dev.winnow.rules;

import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.List;

/**
 * Cuts reader comments: from the first {@code comments-headings} line ("Comments", "12 Comments",
 * "Leave a Reply", "34 responses to “Title”") that follows at least {@link #MIN_PROSE_BEFORE} prose
 * paragraphs and is not a button in a row of share links, every remaining body block becomes
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

    /** Prose paragraphs that must come before a comments heading (a "Comments" link above the article is not one). */
    public static final int MIN_PROSE_BEFORE = 2;

    @Override public String id() { return StandardRules.COMMENTS_TAIL; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public String description() { return "Cuts everything from a 'Comments' / 'Leave a reply' heading after the first prose to the end."; }

    /** Whether a block sits between two boilerplate lines, like the "Comments" button of a share row. */
    private static boolean inChromeRow(List<Block> all, int i) {
        return i > 0 && i + 1 < all.size() && all.get(i - 1).role() == Role.BOILERPLATE
                && all.get(i + 1).role() == Role.BOILERPLATE;
    }

    @Override
    public void apply(Draft draft) {
        List<Block> all = draft.blocks();
        int prose = 0;
        for (int i = 0; i < all.size(); i++) {
            Block b = all.get(i);
            if (b.isBody() && Lines.isProse(b)) {
                prose++;
            }
            if (prose < MIN_PROSE_BEFORE || b.role() == Role.RELATED || b.role() == Role.TRAILER || b.words() > 30
                    || inChromeRow(all, i) || !headings.matchesFolded(b.folded())) {
                continue;
            }
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
