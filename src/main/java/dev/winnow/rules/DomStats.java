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
        // The statistics of the last block's element and its ancestors (path), nearest first: a block
        // of the same element shares all of them, a block of a sibling element all but the first.
        Element[] path = new Element[MAX_DEPTH];
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
                    path[0] = e;
                    chain[0] = statsOf(e);
                } else {
                    length = climb(e, path, chain, length);
                }
                last = e;
            }
            for (int i = 0; i < length; i++) {
                chain[i][0] += chars;
                chain[i][1] += linked;
            }
        }
    }

    /**
     * Makes {@code path} and {@code chain} those of {@code e}: it and its ancestors ({@link #MAX_DEPTH}
     * at most) and their statistics, nearest first. The ancestors at the top that the chain of
     * {@code length} before shares keep their statistics, so only the others are looked up.
     *
     * @return the new length
     */
    private int climb(Element e, Element[] path, long[][] chain, int length) {
        Element[] up = new Element[MAX_DEPTH];
        int n = 0;
        for (Element a = e; a != null && n < MAX_DEPTH; a = a.parent()) {
            up[n++] = a;
        }
        int shared = 0;
        while (shared < n && shared < length && up[n - 1 - shared] == path[length - 1 - shared]) {
            shared++;
        }
        System.arraycopy(chain, length - shared, chain, n - shared, shared);
        for (int i = 0; i < n - shared; i++) {
            chain[i] = statsOf(up[i]);
        }
        System.arraycopy(up, 0, path, 0, n);
        return n;
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
