package dev.winnow.rule;

/** The structural shape of a block, independent of whether it is kept. */
public enum Kind {
    /** Running prose, or a line not yet known to be anything else. */
    PARAGRAPH,
    /** A heading; see {@link Block#level()}. */
    HEADING,
    /** One item of a bulleted or numbered list; items of one list share {@link Block#listId()}. */
    LIST_ITEM,
    /** A block quotation. */
    QUOTE,
    /** Preformatted text or code. */
    PREFORMATTED,
    /** One table row; cells are separated by tab characters, rows of one table share {@link Block#listId()}. */
    TABLE_ROW,
    /** A figure caption (or the alt text of a figure without one). */
    CAPTION
}
