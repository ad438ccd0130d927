package dev.winnow;

/**
 * Resource limits per document. Reaching one never throws: the cleaner works on the part within
 * the limit and reports {@code Status.PARTIAL} with a warning. Immutable.
 *
 * @param maxInputBytes the most bytes (or characters, for string input) read from one input
 * @param maxDepth      the deepest element nesting the HTML parser builds; deeper elements are
 *                      attached at this depth (text is kept)
 * @param maxNodes      the most tags and attributes the HTML parser reads (the markup after them
 *                      is cut before parsing, as a parsed tree costs many times its markup in
 *                      memory) and the most DOM nodes the HTML segmenter visits
 * @param maxBlocks     the most blocks one document is cut into
 * @param maxTextChars  the work budget: the most characters of block text the rules work on
 *                      (every rule is linear in it, so this bounds the work per document)
 */
public record Limits(long maxInputBytes, int maxDepth, int maxNodes, int maxBlocks, long maxTextChars) {
    /** Default {@link #maxInputBytes}: 64 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 64L << 20;
    /** Default {@link #maxDepth}: 512 (Jsoup's own default). */
    public static final int DEFAULT_MAX_DEPTH = 512;
    /**
     * Default {@link #maxNodes}: 2 million, about 40 times the largest news pages, and what the
     * parser's tree of tiny elements fits in within a 512 MB heap.
     */
    public static final int DEFAULT_MAX_NODES = 2_000_000;
    /** Default {@link #maxBlocks}: 250,000. */
    public static final int DEFAULT_MAX_BLOCKS = 250_000;
    /**
     * Default {@link #maxTextChars}: 16 million characters, some 150 times the longest news
     * articles; the rules' working memory grows with it (about 20 bytes per character at most).
     */
    public static final long DEFAULT_MAX_TEXT_CHARS = 16_000_000L;

    private static final Limits STANDARD = new Limits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES,
            DEFAULT_MAX_BLOCKS, DEFAULT_MAX_TEXT_CHARS);

    /** Checks that every limit is positive. */
    public Limits {
        if (maxInputBytes < 1 || maxDepth < 1 || maxNodes < 1 || maxBlocks < 1 || maxTextChars < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxInputBytes + ", " + maxDepth + ", "
                    + maxNodes + ", " + maxBlocks + ", " + maxTextChars);
        }
        if (maxInputBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxInputBytes must fit in an array: " + maxInputBytes);
        }
    }

    /** The default limits. @return the limits */
    public static Limits standard() {
        return STANDARD;
    }

    /** These limits with another input size limit. @param bytes the limit @return new limits */
    public Limits withMaxInputBytes(long bytes) {
        return new Limits(bytes, maxDepth, maxNodes, maxBlocks, maxTextChars);
    }

    /** These limits with another nesting depth. @param depth the limit @return new limits */
    public Limits withMaxDepth(int depth) {
        return new Limits(maxInputBytes, depth, maxNodes, maxBlocks, maxTextChars);
    }

    /** These limits with another node count. @param nodes the limit @return new limits */
    public Limits withMaxNodes(int nodes) {
        return new Limits(maxInputBytes, maxDepth, nodes, maxBlocks, maxTextChars);
    }

    /** These limits with another work budget. @param chars the limit @return new limits */
    public Limits withMaxTextChars(long chars) {
        return new Limits(maxInputBytes, maxDepth, maxNodes, maxBlocks, chars);
    }

    /** These limits with another block count. @param blocks the limit @return new limits */
    public Limits withMaxBlocks(int blocks) {
        return new Limits(maxInputBytes, maxDepth, maxNodes, blocks, maxTextChars);
    }
}
