package dev.winnow.rules;

import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source.InputShape;
import java.util.List;

/**
 * Finds the headline of flattened text among the {@link #WINDOW} lines above the main text (the
 * densest run of prose, as {@link MainZoneRule} finds it): a headline-like line of at least
 * {@link #MIN_WORDS} words; the last one followed by a byline or dateline (directly or after a
 * standfirst) wins, else the longest
 * (menu items are short). Marks it {@link Role#TITLE}; the
 * {@link BlockMetadataRule} copies it into the metadata. A page that opens with prose has no title.
 */
public final class HeadlineRule implements Rule {
    /** The fewest words a headline may have. */
    public static final int MIN_WORDS = 3;
    /** How many blocks above the main text are searched for the headline. */
    public static final int WINDOW = 12;

    /** Creates the rule. */
    public HeadlineRule() {}

    @Override public String id() { return StandardRules.HEADLINE; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public String description() { return "In text input, marks the headline above the first prose paragraph as the title."; }

    private static boolean announces(List<Block> all, int i) {
        return i < all.size() && (all.get(i).role() == Role.BYLINE || all.get(i).role() == Role.DATELINE);
    }

    @Override
    public void apply(Draft draft) {
        if (draft.source().kind() != InputShape.TEXT) {
            return;
        }
        List<Block> all = draft.blocks();
        List<Block> body = draft.bodyBlocks();
        int[] run = MainZoneRule.densestRun(body);
        if (run == null) {
            return;
        }
        int textStart = body.get(run[0]).index();
        int from = Math.max(0, textStart - WINDOW);
        Block best = null;
        boolean bestAnnounced = false;
        for (int i = from; i < textStart; i++) {
            Block b = all.get(i);
            if (!b.isBody() || (b.kind() != Kind.PARAGRAPH && b.kind() != Kind.HEADING) || b.words() < MIN_WORDS
                    || !Lines.isTitleLike(b.text(), b.words()) || !Lines.startsUpper(b.text())) {
                continue;
            }
            boolean announced = announces(all, i + 1) || (announces(all, i + 2) && all.get(i + 1).isBody()
                    && Lines.isProse(all.get(i + 1)));
            if (best == null || (announced && !bestAnnounced) || (announced == bestAnnounced
                    && (announced || b.words() >= best.words()))) {
                best = b;
                bestAnnounced = announced;
            }
        }
        if (best != null) {
            draft.mark(best, Role.TITLE, bestAnnounced ? "headline above the byline" : "headline above the text");
        }
    }
}
