package dev.winnow.rules;

import dev.winnow.rule.Block;

/**
 * Whether a block is running prose: sentence-like text ({@code Lines.isProse}) that is not mostly
 * links. The standard rules and the cleaner's recovery weigh pages by the prose words they keep and
 * remove.
 */
public final class Prose {
    private Prose() {}

    /**
     * Whether a block reads as running prose and at most {@link MainZoneRule#MAX_PROSE_LINK_DENSITY}
     * of its text is links.
     *
     * @param b the block
     * @return true for prose
     */
    public static boolean isProse(Block b) {
        return b.origin().linkDensity() <= MainZoneRule.MAX_PROSE_LINK_DENSITY && Lines.isProse(b);
    }
}
