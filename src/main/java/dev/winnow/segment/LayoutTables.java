package dev.winnow.segment;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Tells a table that lays out a page from one that holds data. Pages of the table-layout era put
 * their whole article in a cell, as text with {@code <br>} and {@code <font>}, often with menus in
 * the cells beside it; its blocks are paragraphs, not table rows. A table lays out the page when it
 * says so ({@code role="presentation"} or {@code "none"}), or when it has no header cells, header
 * or caption (the marks of a data table) and either holds another table or has a cell with
 * {@link #PROSE_CELL_CHARS} characters of text or more that holds {@link #PROSE_CELL_SHARE} of the
 * table's text (a data table with long descriptions spreads its text over many rows). Stateless.
 */
final class LayoutTables {
    /** The text of one cell from which the table holds prose rather than data. */
    static final int PROSE_CELL_CHARS = 200;
    /** The share of the table's text a long cell must hold to be the page's text rather than a data cell. */
    static final double PROSE_CELL_SHARE = 1.0 / 3;

    private LayoutTables() {}

    /**
     * Whether a table lays out the page. Reads the table's own content only (nested tables are not
     * entered).
     *
     * @param table a {@code <table>} element
     * @return true for a layout table
     */
    static boolean isLayout(Element table) {
        String role = table.attr("role");
        if (role.equalsIgnoreCase("presentation") || role.equalsIgnoreCase("none")) {
            return true;
        }
        Scan scan = new Scan(table);
        NodeTraversor.filter(scan, table);
        return !scan.header && (scan.nested || scan.longest >= PROSE_CELL_CHARS && scan.longest >= scan.total * PROSE_CELL_SHARE);
    }

    /** Walks one table's own content, adding up the text of each cell. */
    private static final class Scan implements NodeFilter {
        private final Element table;
        private long cellChars;
        private boolean inCell;
        private boolean header;
        private boolean nested;
        /** The text of the longest cell, and of all cells. */
        private long longest;
        private long total;

        Scan(Element table) {
            this.table = table;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "table" -> {
                        if (e != table) {
                            nested = true;
                            return FilterResult.SKIP_ENTIRELY;
                        }
                    }
                    case "th", "thead", "caption" -> header = true;
                    case "td" -> {
                        inCell = true;
                        cellChars = 0;
                    }
                    default -> { }
                }
            } else if (node instanceof TextNode t && inCell) {
                int chars = t.text().strip().length();
                cellChars += chars;
                total += chars;
                longest = Math.max(longest, cellChars);
            }
            return header ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
        }
    }
}
