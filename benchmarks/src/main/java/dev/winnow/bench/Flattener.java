package dev.winnow.bench;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page into flattened text the way a naive scraper does, so the text path of the
 * cleaner can be measured on the same pages as the HTML path.
 *
 * <ul>
 *   <li>The page is parsed with Jsoup; {@code head}, {@code script}, {@code style},
 *       {@code noscript}, {@code template}, {@code svg} and {@code iframe} are dropped with
 *       everything inside them.
 *   <li>Every element in {@link #BLOCKS} starts a new line when it opens and when it closes, and
 *       so does {@code <br>}. Text directly inside a block, together with the text of its inline
 *       descendants, becomes one line; a nested block cuts the line around it. Inside
 *       {@code <pre>} a newline also starts a new line.
 *   <li>Table cells ({@code td}, {@code th}) are not blocks (CSS {@code table-cell}): a table row
 *       is one line with its cells separated by a space, as a browser's {@code innerText} gives
 *       it. A block inside a cell (a layout table) still cuts the line.
 *   <li>Each line has its whitespace (including no-break spaces) collapsed to single spaces and
 *       trimmed; empty lines are dropped. Lines end with {@code \n}. No blank lines.
 * </ul>
 *
 * <p>Nothing is hidden by CSS: {@code display:none} text is kept, as a scraper that ignores style
 * would keep it. The walk is iterative ({@link NodeTraversor}), so deep pages cannot overflow the
 * stack, and the output is a pure function of the markup. Stateless and thread-safe.
 */
public final class Flattener {
    /** Elements dropped with their whole subtree. */
    public static final Set<String> DROPPED = Set.of(
            "head", "script", "style", "noscript", "template", "svg", "iframe");

    /** Elements that start and end a line (HTML block and table elements). */
    public static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
            "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "optgroup", "option", "p",
            "pre", "section", "select", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");

    /** Table cells: a row is one line, its cells separated by a space (as a browser's innerText). */
    public static final Set<String> CELLS = Set.of("td", "th");

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    /** Creates a flattener. */
    public Flattener() {}

    /**
     * Flattens a page.
     *
     * @param html the markup
     * @return the visible text, one line per block, each line ending with a newline
     */
    public String flatten(String html) {
        return flatten(Jsoup.parse(html));
    }

    /**
     * Flattens a parsed page (not modified).
     *
     * @param root the document or element to flatten
     * @return the visible text, one line per block, each line ending with a newline
     */
    public String flatten(Element root) {
        Walk walk = new Walk();
        NodeTraversor.filter(walk, root);
        walk.endLine();
        return walk.out.toString();
    }

    /** The state of one walk: the finished lines and the line being built. */
    private static final class Walk implements NodeFilter {
        final StringBuilder out = new StringBuilder();
        final StringBuilder line = new StringBuilder();
        int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                addText(text.getWholeText());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (DROPPED.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("br") || BLOCKS.contains(name)) {
                    endLine();
                } else if (CELLS.contains(name)) {
                    line.append(' ');
                }
                if (name.equals("pre")) {
                    preDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("pre")) {
                    preDepth--;
                }
                if (BLOCKS.contains(name)) {
                    endLine();
                } else if (CELLS.contains(name)) {
                    line.append(' ');
                }
            }
            return FilterResult.CONTINUE;
        }

        private void addText(String text) {
            if (preDepth == 0) {
                line.append(text);
                return;
            }
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line.append(text, start, i);
                    endLine();
                    start = i + 1;
                }
            }
            line.append(text, start, text.length());
        }

        void endLine() {
            if (line.length() == 0) {
                return;
            }
            String collapsed = SPACE.matcher(line).replaceAll(" ").strip();
            line.setLength(0);
            if (!collapsed.isEmpty()) {
                out.append(collapsed).append('\n');
            }
        }
    }
}
