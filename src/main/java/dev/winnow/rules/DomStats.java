package dev.winnow.rules;

import dev.winnow.rule.Block;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text statistics of the elements of an HTML page, gathered from its blocks: for every element,
 * the characters of the blocks inside it and how many of those are link text. Built per document;
 * not thread-safe.
 */
final class DomStats {
    /** How far up from a block element the statistics are propagated. */
    static final int MAX_DEPTH = 40;

    private final Map<Element, long[]> stats = new IdentityHashMap<>();
    private long total;

    DomStats(List<Block> blocks, boolean bodyOnly) {
        // The statistics of the last block's element and its ancestors, nearest first: a block of the
        // same element shares all of them, a block of a sibling element all but the first.
        long[][] chain = new long[MAX_DEPTH][];
        int length = 0;
        Element last = null;
        for (Block b : blocks) {
            Element e = b.origin().element();
            if (e == null || (bodyOnly && !b.isBody())) {
                continue;
            }
            long chars = b.text().length();
            long linked = Math.round(chars * b.origin().linkDensity());
            total += chars;
            if (e != last) {
                if (last != null && e.parent() != null && e.parent() == last.parent()) {
                    chain[0] = statsOf(e);
                } else {
                    length = 0;
                    for (Element a = e; a != null && length < MAX_DEPTH; a = a.parent()) {
                        chain[length++] = statsOf(a);
                    }
                }
                last = e;
            }
            for (int i = 0; i < length; i++) {
                chain[i][0] += chars;
                chain[i][1] += linked;
            }
        }
    }

    private long[] statsOf(Element e) {
        return stats.computeIfAbsent(e, k -> new long[2]);
    }

    /** Whether an element only wraps one child element, with no text of its own. */
    static boolean isWrapper(Element e) {
        if (e.normalName().equals("body")) {
            return false;
        }
        int children = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node n = e.childNode(i);
            if (n instanceof Element) {
                if (++children > 1) {
                    return false;
                }
            } else if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return children == 1;
    }

    /** The element that holds a block element's run of siblings: its parent, skipping single-child wrappers. */
    static Element container(Element e) {
        Element a = e.parent();
        int hops = 0;
        while (a != null && isWrapper(a) && hops++ < MAX_DEPTH) {
            a = a.parent();
        }
        return a == null ? e : a;
    }

    /** Characters of block text inside an element. */
    long chars(Element e) {
        long[] s = stats.get(e);
        return s == null ? 0 : s[0];
    }

    /** Share of the element's text that is link text, in [0, 1]. */
    double linkDensity(Element e) {
        long[] s = stats.get(e);
        return s == null || s[0] == 0 ? 0 : s[1] / (double) s[0];
    }

    /** Characters of all blocks counted. */
    long total() {
        return total;
    }
}
