package dev.winnow.rules;

import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the densest run of prose and drops what lies outside it: each body block scores its word
 * count if it reads as prose, {@link #HEADING_COST} if it is a heading,
 * {@link #LIST_ITEM_COST} if it is a list item, and {@link #NON_PROSE_COST} otherwise (short lines, link-dense blocks); the run with the highest sum
 * (plus a heading right before it) is the article. Blocks before it become navigation, blocks
 * after it boilerplate. When a headline was found ({@link Role#TITLE}), the article starts below
 * it: body blocks above the headline are navigation. A page with no prose loses all its blocks.
 */
public final class MainZoneRule implements Rule {
    /** What a short non-prose block costs inside the article run. */
    public static final int NON_PROSE_COST = 8;
    /** What a heading costs inside the article run. */
    public static final int HEADING_COST = 1;
    /** What a short list item that is not a link costs inside the article run. */
    public static final int LIST_ITEM_COST = 2;
    /** Link density above which a block never counts as prose. */
    public static final double MAX_PROSE_LINK_DENSITY = 0.5;

    /** Creates the rule. */
    public MainZoneRule() {}

    @Override public String id() { return StandardRules.MAIN_ZONE; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public String description() {
        return "Keeps the densest run of prose blocks; what lies before it is navigation, after it boilerplate.";
    }

    @Override
    public void apply(Draft draft) {
        int title = -1;
        for (Block b : draft.blocks()) {
            if (b.role() == Role.TITLE) {
                title = b.index();
                break;
            }
        }
        List<Block> body = new ArrayList<>();
        for (Block b : draft.bodyBlocks()) {
            if (b.index() < title) {
                draft.mark(b, Role.NAVIGATION, "above the headline");
            } else {
                body.add(b);
            }
        }
        Run run = densestRun(body);
        int bestStart = run == null ? 0 : run.start();
        int bestEnd = run == null ? -1 : run.end();
        if (bestEnd >= 0 && bestStart > 0 && body.get(bestStart - 1).kind() == Kind.HEADING) {
            bestStart--;
        }
        for (int i = 0; i < body.size(); i++) {
            if (bestEnd < 0 || i < bestStart) {
                draft.mark(body.get(i), Role.NAVIGATION, bestEnd < 0 ? "no prose on the page" : "before the main text");
            } else if (i > bestEnd) {
                draft.mark(body.get(i), Role.BOILERPLATE, "after the main text");
            }
        }
    }

    /** A run of body blocks: first and last position in the list it was found in, and its score. */
    record Run(int start, int end, long score) {}

    /**
     * The run of blocks with the highest score sum, or {@code null} if no block scores above zero.
     *
     * @param body the body blocks
     * @return the run
     */
    static Run densestRun(List<Block> body) {
        int bestStart = 0;
        int bestEnd = -1;
        long best = 0;
        long sum = 0;
        int start = 0;
        for (int i = 0; i < body.size(); i++) {
            sum += score(body.get(i));
            if (sum <= 0) {
                sum = 0;
                start = i + 1;
            } else if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return bestEnd < 0 ? null : new Run(bestStart, bestEnd, best);
    }

    /** The score of one body block: its words if it reads as prose, else minus its cost. */
    static int score(Block b) {
        if (b.kind() == Kind.HEADING) {
            return -HEADING_COST;
        }
        boolean linked = b.origin().linkDensity() > MAX_PROSE_LINK_DENSITY;
        if (!linked && Lines.isProse(b)) {
            return b.words();
        }
        return !linked && b.kind() == Kind.LIST_ITEM ? -LIST_ITEM_COST : -NON_PROSE_COST;
    }
}
