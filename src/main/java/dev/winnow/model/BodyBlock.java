package dev.winnow.model;

import org.jspecify.annotations.Nullable;

/**
 * One block of an article body: a paragraph, a list, a quote, preformatted text, a table or a
 * figure. Blocks are immutable values; test for the permitted subtypes with {@code instanceof} to
 * render them.
 */
public sealed interface BodyBlock
        permits BodyBlock.Paragraph, BodyBlock.ItemList, BodyBlock.Quote, BodyBlock.Preformatted,
                BodyBlock.Table, BodyBlock.Figure {

    /** The block type as written in JSON: paragraph, list, quote, preformatted, table or figure. */
    String type();

    /** The block's text as plain text (list items and table rows on their own lines). */
    String plainText();

    /**
     * A paragraph of prose.
     *
     * @param text    the paragraph text
     * @param inlines links and emphasis within the text, in order of their start
     */
    record Paragraph(String text, java.util.List<Inline> inlines) implements BodyBlock {
        /** Copies the inlines. */
        public Paragraph { inlines = java.util.List.copyOf(inlines); }
        /** A paragraph without inline markup. @param text the text */
        public Paragraph(String text) { this(text, java.util.List.of()); }
        @Override public String type() { return "paragraph"; }
        @Override public String plainText() { return text; }
    }

    /**
     * A bulleted or numbered list.
     *
     * @param ordered whether the items are numbered
     * @param items   the item texts, without their markers
     */
    record ItemList(boolean ordered, java.util.List<String> items) implements BodyBlock {
        /** Copies the items. */
        public ItemList { items = java.util.List.copyOf(items); }
        @Override public String type() { return "list"; }
        @Override public String plainText() { return String.join("\n", items); }
    }

    /**
     * A block quotation.
     *
     * @param text    the quoted text
     * @param inlines links and emphasis within the text, in order of their start
     */
    record Quote(String text, java.util.List<Inline> inlines) implements BodyBlock {
        /** Copies the inlines. */
        public Quote { inlines = java.util.List.copyOf(inlines); }
        /** A quotation without inline markup. @param text the text */
        public Quote(String text) { this(text, java.util.List.of()); }
        @Override public String type() { return "quote"; }
        @Override public String plainText() { return text; }
    }

    /** Preformatted text or code, whitespace kept. @param text the text */
    record Preformatted(String text) implements BodyBlock {
        @Override public String type() { return "preformatted"; }
        @Override public String plainText() { return text; }
    }

    /** A table as rows of cell texts. @param rows the rows, each a list of cell texts */
    record Table(java.util.List<java.util.List<String>> rows) implements BodyBlock {
        /** Copies the rows. */
        public Table {
            rows = rows.stream().map(java.util.List::copyOf).toList();
        }
        @Override public String type() { return "table"; }
        @Override public String plainText() {
            return String.join("\n", rows.stream().map(r -> String.join("\t", r)).toList());
        }
    }

    /**
     * An image or other media with its caption.
     *
     * @param caption the caption text, or {@code null}
     * @param src     the media URL, or {@code null}
     */
    record Figure(@Nullable String caption, @Nullable String src) implements BodyBlock {
        @Override public String type() { return "figure"; }
        @Override public String plainText() { return caption == null ? "" : caption; }
    }
}
