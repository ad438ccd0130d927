package dev.winnow.reading;

import dev.winnow.rule.Block;

/**
 * Whether a block is running prose: sentence-like text ({@code Lines.isProse}) that is not mostly
 * links. The standard rules and the cleaner's recovery weigh pages by the prose words they keep and
 * remove.
 */
public final class Prose {
    /** Link density above which a block never counts as prose. */
    public static final double MAX_LINK_DENSITY = 0.5;

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
}
