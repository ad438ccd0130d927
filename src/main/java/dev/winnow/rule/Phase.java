package dev.winnow.rule;

/**
 * The fixed order in which rules run. All rules of one phase run before any rule of the next;
 * within a phase, rules run in {@code RuleSet} order.
 */
public enum Phase {
    /**
     * Edit the parsed HTML document before it is cut into blocks (site rules strip, unwrap or
     * rewrite elements here). Only {@link DocumentRule}s run in this phase, and only they do: they
     * see a {@link DocumentDraft} with the cleaner's own copy of the document, which they may
     * change. They do not run on text input.
     */
    PREPARE,
    /** Clean up block text (whitespace, invisible characters) without deciding anything. */
    NORMALIZE,
    /** Look at blocks one by one (or with their neighbours): boilerplate, bylines, headings, lists. */
    CLASSIFY,
    /** Decide where the article starts and ends: menus above, related lists and comments below. */
    ZONE,
    /** Judge the ending of the body: complete, or truncated and why. */
    ENDING,
    /** Fill the metadata (first writer wins, so rule order is source priority). */
    METADATA,
    /** Final structural fix-ups that need the metadata, such as dropping a heading equal to the title. */
    STRUCTURE
}
