package dev.winnow.reading;

import dev.winnow.rule.Block;
import dev.winnow.rule.Kind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Running prose and runs of it. A block is prose when it reads as sentence-like text
 * ({@code Lines.isProse}) and is not mostly links. In a run of blocks, a prose block weighs its
 * words and every other block costs a little ({@link #score}); the run with the highest sum is
 * where an article's text lies ({@link #densestRun}). The standard rules and the cleaner's recovery
 * weigh pages by the prose words they keep and remove.
 */
public final class Prose {
    /** Link density above which a block never counts as prose. */
    public static final double MAX_LINK_DENSITY = 0.5;
    /** What a short non-prose block costs inside a run of prose. */
    public static final int NON_PROSE_COST = 8;
    /** What a heading costs inside a run of prose. */
    public static final int HEADING_COST = 1;
    /** What a short list item or table row that is not a link costs inside a run of prose. */
    public static final int LIST_ITEM_COST = 2;

    private Prose() {}

    /**
     * Whether a block reads as running prose and at most {@link #MAX_LINK_DENSITY}
     * of its text is links.
     *
     * @param b the block
     * @return true for prose
     */
    public static boolean isProse(Block b) {
        return b.origin().linkDensity() <= MAX_LINK_DENSITY && Lines.isProse(b);
    }

    /**
     * The score of a block in a run of prose: its words if it reads as prose, else minus
     * {@link #HEADING_COST} for a heading, {@link #LIST_ITEM_COST} for a list item or table row
     * that is not mostly links, and {@link #NON_PROSE_COST} for anything else.
     *
     * @param b the block
     * @return the score
     */
    public static int score(Block b) {
        if (b.kind() == Kind.HEADING) {
            return -HEADING_COST;
        }
        boolean linked = b.origin().linkDensity() > MAX_LINK_DENSITY;
        if (!linked && Lines.isProse(b)) {
            return b.words();
        }
        return !linked && (b.kind() == Kind.LIST_ITEM || b.kind() == Kind.TABLE_ROW) ? -LIST_ITEM_COST : -NON_PROSE_COST;
    }

    /**
     * The {@link #score} of each block.
     *
     * @param blocks the blocks
     * @return the scores, in the order of the blocks
     */
    public static int[] scores(List<Block> blocks) {
        int[] scores = new int[blocks.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score(blocks.get(i));
        }
        return scores;
    }

    /**
     * A run of blocks: first and last position in the list it was found in, and its score.
     *
     * @param start the first position
     * @param end   the last position (inclusive)
     * @param score the sum of the scores of the run's blocks
     */
    public record Run(int start, int end, long score) {}

    /**
     * The run of blocks from position {@code from} on with the highest score sum, or {@code null} if
     * no block there scores above zero.
     *
     * @param scores the score of each block
     * @param from   the first position looked at
     * @return the run, with positions in {@code scores}
     */
    public static @Nullable Run densestRun(int[] scores, int from) {
        int bestStart = from;
        int bestEnd = -1;
        long best = 0;
        long sum = 0;
        int start = from;
        for (int i = from; i < scores.length; i++) {
            sum += scores[i];
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
}
