package dev.winnow.reading;

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
public final class DomStats {
    /** How far up from a block element the statistics are propagated. */
    public static final int MAX_DEPTH = 40;

    private final Map<Element, long[]> stats;
    private long total;

    /**
     * Gathers the statistics of the elements that hold the given blocks.
     *
     * @param blocks   the blocks of an HTML draft, in page order
     * @param bodyOnly whether only blocks still in the body are counted
     */
    public DomStats(List<Block> blocks, boolean bodyOnly) {
        stats = new IdentityHashMap<>(blocks.size() * 2); // about the elements a page's blocks and their ancestors make
        Chain chain = new Chain();
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
                // a block of a sibling element shares all the ancestors of the block before
                if (last != null && e.parent() != null && e.parent() == last.parent()) {
                    chain.replaceNearest(e);
                } else {
                    chain.climbTo(e);
                }
                last = e;
            }
            chain.count(chars, linked);
        }
        chain.leaveAll();
    }

    /**
     * The element of the last block counted and its ancestors ({@link #MAX_DEPTH} at most), nearest
     * first, with the text counted so far. An element takes the text counted while it was on the
     * chain when it leaves, so a block adds its text once instead of to each of its ancestors, and
     * the ancestors a block shares with the block before stay on without being looked up again.
     */
    private final class Chain {
        private final Element[] path = new Element[MAX_DEPTH];
        private final long[][] sums = new long[MAX_DEPTH][];
        /** The characters and link characters counted when each element came on. */
        private final long[] charsAtEntry = new long[MAX_DEPTH];
        private final long[] linkedAtEntry = new long[MAX_DEPTH];
        private final Element[] up = new Element[MAX_DEPTH];
        private int length;
        private long chars;
        private long linked;

        /** Counts a block's text for every element on the chain. */
        void count(long blockChars, long blockLinked) {
            chars += blockChars;
            linked += blockLinked;
        }

        /** Puts {@code e} in place of the nearest element, a sibling of it. */
        void replaceNearest(Element e) {
            leave(0);
            enter(0, e);
        }

        /** Makes the chain that of {@code e}, keeping the ancestors at the top that both share. */
        void climbTo(Element e) {
            int n = 0;
            for (Element a = e; a != null && n < MAX_DEPTH; a = a.parent()) {
                up[n++] = a;
            }
            int shared = 0;
            while (shared < n && shared < length && up[n - 1 - shared] == path[length - 1 - shared]) {
                shared++;
            }
            for (int i = 0; i < length - shared; i++) {
                leave(i);
            }
            System.arraycopy(path, length - shared, path, n - shared, shared);
            System.arraycopy(sums, length - shared, sums, n - shared, shared);
            System.arraycopy(charsAtEntry, length - shared, charsAtEntry, n - shared, shared);
            System.arraycopy(linkedAtEntry, length - shared, linkedAtEntry, n - shared, shared);
            for (int i = 0; i < n - shared; i++) {
                enter(i, up[i]);
            }
            length = n;
        }

        /** Takes every element off the chain. */
        void leaveAll() {
            for (int i = 0; i < length; i++) {
                leave(i);
            }
            length = 0;
        }

        private void enter(int i, Element e) {
            path[i] = e;
            sums[i] = statsOf(e);
            charsAtEntry[i] = chars;
            linkedAtEntry[i] = linked;
        }

        private void leave(int i) {
            sums[i][0] += chars - charsAtEntry[i];
            sums[i][1] += linked - linkedAtEntry[i];
        }
    }

    private long[] statsOf(Element e) {
        return stats.computeIfAbsent(e, k -> new long[2]);
    }

    /**
     * Whether an element only wraps one child element, with no text of its own.
     *
     * @param e the element
     * @return true for a wrapper
     */
    public static boolean isWrapper(Element e) {
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

    /**
     * The element that holds a block element's run of siblings: its parent, skipping single-child wrappers.
     *
     * @param e the block element
     * @return the container, or the element itself when it has no parent
     */
    public static Element container(Element e) {
        Element a = e.parent();
        int hops = 0;
        while (a != null && isWrapper(a) && hops++ < MAX_DEPTH) {
            a = a.parent();
        }
        return a == null ? e : a;
    }

    /**
     * Characters of block text inside an element.
     *
     * @param e the element
     * @return the count, 0 for an element without blocks
     */
    public long chars(Element e) {
        long[] s = stats.get(e);
        return s == null ? 0 : s[0];
    }

    /**
     * Share of the element's text that is link text.
     *
     * @param e the element
     * @return the share, in [0, 1]
     */
    public double linkDensity(Element e) {
        long[] s = stats.get(e);
        return s == null || s[0] == 0 ? 0 : s[1] / (double) s[0];
    }

    /** Characters of all blocks counted. @return the count */
    public long total() {
        return total;
    }
}
