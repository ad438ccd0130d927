package dev.winnow.segment;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Parses HTML as browsers do (Jsoup's HTML5 parser), and repairs the one kind of broken markup that
 * loses a whole page: an element whose content the parser reads as raw text ({@code <title>},
 * {@code <textarea>}, {@code <style>}, {@code <xmp>}, {@code <iframe>}, {@code <noembed>},
 * {@code <noframes>}) opened and never closed. The HTML standard makes everything after such a start
 * tag its text, so a browser shows an empty page, but a scraped page still holds its article: when
 * such an element has swallowed more than half of the page, the page is parsed again with the
 * element closed where its own text ends (at the first tag after it). A {@code <noscript>} left open
 * is repaired the same way when it holds most of the page's text: the parser (scripting off) keeps
 * its content as markup, but cleaning skips what a {@code <noscript>} holds, so it would lose the
 * page all the same. Stateless and thread-safe.
 */
public final class HtmlParser {
    /** The elements whose unclosed start tag takes the rest of the page as text. */
    private static final Set<String> RAW_TEXT = Set.of("title", "textarea", "style", "xmp", "iframe", "noembed", "noframes");
    /** The share of the page an element must have swallowed to be repaired. */
    private static final double SWALLOWED_SHARE = 0.5;
    /** The fewest characters of text a {@code <noscript>} must hold before the page's text is counted (real ones hold an image or a line). */
    private static final int NOSCRIPT_TEXT = 500;

    private HtmlParser() {}

    /**
     * A parsed page.
     *
     * @param document the document
     * @param warning  what was repaired, or {@code null}
     */
    public record Parsed(Document document, @Nullable String warning) {}

    /**
     * Parses a page, repairing a raw-text element that swallowed it.
     *
     * @param html     the markup
     * @param baseUri  the URL links resolve against ("" for none)
     * @param maxDepth the deepest element nesting the parser builds
     * @return the document, and a warning when it was repaired
     */
    public static Parsed parse(String html, String baseUri, int maxDepth) {
        Document doc = Jsoup.parse(html, baseUri, Parser.htmlParser().setMaxDepth(maxDepth));
        Element swallower = swallower(doc, html.length());
        if (swallower == null) {
            return new Parsed(doc, null);
        }
        String tag = swallower.normalName();
        String repaired = closeUnclosed(html, tag);
        if (repaired == null) {
            return new Parsed(doc, null);
        }
        Document again = Jsoup.parse(repaired, baseUri, Parser.htmlParser().setMaxDepth(maxDepth));
        return new Parsed(again, "the <" + tag + "> element was never closed and took the rest of the page as"
                + " its text: the page was read again with it closed");
    }

    /**
     * Where markup must be cut so that the parser builds at most about {@code maxNodes} nodes: the
     * index of the first tag past the limit, or {@code -1} when the markup holds fewer. Each tag
     * counts one, and each attribute in it one more (an attribute costs the parser's tree about as
     * much as an element). The tree costs many times its markup in memory, so a page of millions of
     * tiny elements is cut before it is parsed rather than after. Linear in the markup, and not
     * scanned at all when it is shorter than twice the limit.
     *
     * @param html     the markup
     * @param maxNodes the most tags (start and end tags, comments, doctypes) and attributes to read
     * @return the cut, or {@code -1}
     */
    public static int tagLimit(String html, int maxNodes) {
        if (html.length() / 2 <= maxNodes) {
            return -1; // a tag or an attribute takes two characters at least: no need to count
        }
        long nodes = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0) {
            if (!startsTag(html, i)) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int j = i + 1;
            boolean space = false;
            nodes++;
            while (j < n && html.charAt(j) != '>' && html.charAt(j) != '<') {
                boolean white = Character.isWhitespace(html.charAt(j));
                nodes += space && !white ? 1 : 0;
                space = white;
                j++;
            }
            if (nodes > maxNodes) {
                return i;
            }
            i = j < n && html.charAt(j) == '<' ? j : html.indexOf('<', j);
        }
        return -1;
    }

    /**
     * A raw-text element holding more than {@link #SWALLOWED_SHARE} of the markup, or a
     * {@code <noscript>} holding more than that share of the page's text; {@code null} if none.
     * An element that swallowed the rest of the page holds its end, so only the last element
     * child of the head and of the body, and theirs in turn, are looked at: a walk as long as the
     * page is deep, not as long as the page.
     */
    private static @Nullable Element swallower(Document doc, int length) {
        for (Element root : new Element[] {doc.head(), doc.body()}) {
            for (Element e = root; e != null; e = e.lastElementChild()) {
                String tag = e.normalName();
                boolean swallowed = tag.equals("noscript") ? swallowedNoscript(e, doc)
                        : RAW_TEXT.contains(tag) && swallowed(e, length * SWALLOWED_SHARE);
                if (swallowed) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Whether a {@code <noscript>} holds {@link #NOSCRIPT_TEXT} characters and most of the page's text. */
    private static boolean swallowedNoscript(Element e, Document doc) {
        long own = textLength(e);
        return own >= NOSCRIPT_TEXT && own > textLength(doc) * SWALLOWED_SHARE;
    }

    /** The characters of the text nodes below a node, counted without copying them. */
    private static long textLength(Element node) {
        long[] length = {0};
        node.forEachNode(n -> {
            if (n instanceof TextNode t) {
                length[0] += t.getWholeText().length();
            }
        });
        return length[0];
    }

    /**
     * Whether a raw-text element's own text is longer than {@code min} and holds a {@code <}: read
     * from its text and data nodes as they are, as most pages have large styles and scripts that
     * must not be copied for this.
     */
    private static boolean swallowed(Element e, double min) {
        long length = 0;
        boolean tag = false;
        for (Node n : e.childNodes()) {
            String s = n instanceof TextNode t ? t.getWholeText() : n instanceof DataNode d ? d.getWholeData() : "";
            length += s.length();
            tag = tag || s.indexOf('<') >= 0;
        }
        return length > min && tag;
    }

    /**
     * The markup with an end tag inserted for the first start tag of {@code tag} after its last end
     * tag, before the first tag that follows that start tag. {@code null} when there is no such start tag.
     */
    static @Nullable String closeUnclosed(String html, String tag) {
        String lower = html.toLowerCase(Locale.ROOT);
        int lastEnd = lower.lastIndexOf("</" + tag);
        int start = -1;
        for (int at = lower.indexOf("<" + tag, Math.max(0, lastEnd + 1)); at >= 0; at = lower.indexOf("<" + tag, at + 1)) {
            int after = at + tag.length() + 1;
            if (after < lower.length() && isTagNameEnd(lower.charAt(after))) {
                start = at;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        int open = lower.indexOf('>', start);
        if (open < 0) {
            return null;
        }
        int close = open + 1;
        while (close < html.length() && !startsTag(html, close)) {
            close++;
        }
        return html.substring(0, close) + "</" + tag + ">" + html.substring(close);
    }

    private static boolean isTagNameEnd(char c) {
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Whether a tag, end tag, comment or doctype starts at {@code i}. */
    private static boolean startsTag(String html, int i) {
        if (html.charAt(i) != '<' || i + 1 >= html.length()) {
            return false;
        }
        char next = html.charAt(i + 1);
        return next == '/' || next == '!' || next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z';
    }
}
